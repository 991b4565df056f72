// Source: heilernova/smpanel-website — api/src/common/connection-db/postgres/postgres.ts (PostgreSQlConnection.transaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is handed to `new PostgreSQLTransaction(con)` only after `await con.query('BEGIN')`; when BEGIN fails the method throws with the client still checked out and no one holding it
import { Pool, PoolClient } from "pg";
import { PostgreSQLQueries } from "./postgres-queries";
import { PostgreSQLTransaction } from "./postgres-transaction";

export class PostgreSQlConnection extends PostgreSQLQueries {
  constructor(options?: { host?: string; user?: string; password?: string; database?: string; port?: number }) {
    super(new Pool(options));
  }

  get connection() {
    return this._connection;
  }

  async transaction() {
    const con = await (this._connection as Pool).connect();
    await con.query("BEGIN");
    return new PostgreSQLTransaction(con);
  }
}
