// Source: mike-works/sql-fundamentals — src/db/postgres-db.ts at af28519 (PostgresDB.setup), reduced by hand, not copied
// Label: safe
// Why: setup() checks a client out, wraps it in the instance it returns, sets up prepared statements and the pub/sub client, and releases it in the finally on every path; no checkout is left out (the returned instance then queries through a client already back in the pool, a use after release the leak rules do not score)
import * as pg from "pg";
import { setupPubSub } from "./postgres-pubsub";
import { setupPreparedStatements } from "./prepared";

const pool: pg.Pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export default class PostgresDB {
  private static pubSubSupport: pg.PoolClient;
  private client: pg.PoolClient;
  public statements: unknown;

  protected constructor(client: pg.PoolClient) {
    this.client = client;
  }

  public static async setup(): Promise<PostgresDB> {
    const client = await pool.connect();
    try {
      const pgdb = new this(client);
      pgdb.statements = await setupPreparedStatements(pgdb);
      if (!this.pubSubSupport) {
        this.pubSubSupport = await setupPubSub(pool);
      }
      return pgdb;
    } catch (e) {
      console.error(`ERROR during posgres setup\n${e}`);
      throw e;
    } finally {
      client.release();
    }
  }

  public async shutdown(): Promise<void> {
    PostgresDB.pubSubSupport.release();
    await pool.end();
  }
}
