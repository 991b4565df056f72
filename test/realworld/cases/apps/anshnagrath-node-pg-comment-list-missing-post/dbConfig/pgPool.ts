import { Pool } from "pg";

export class PgPool {
  public static pool = new Pool({
    host: process.env.DB_HOST,
    database: process.env.DB_NAME,
    max: 20,
    connectionTimeoutMillis: 10000,
  });
}
