// Source: harryitc/social-travel-trip — backend/src/libs/persistent/mssql/connection-mssql.ts (ConnectionPoolMSSQL.createPool), reduced by hand, not copied
// Label: safe
// Why: an `mssql` ConnectionPool named `pool`: its `connect()` opens the pool itself and resolves to it, no pg client is checked out
import * as sql from "mssql";

export class ConnectionPoolMSSQL {
  public static async createPool(data: { host: string; database: string; user: string; password: string }) {
    const pool = new sql.ConnectionPool({
      server: data.host,
      database: data.database,
      user: data.user,
      password: data.password,
      pool: { min: 1, max: 1000, idleTimeoutMillis: 2000 },
    });
    const close = pool.close.bind(pool);
    pool.close = (...args) => close(...args);
    return pool.connect();
  }
}
