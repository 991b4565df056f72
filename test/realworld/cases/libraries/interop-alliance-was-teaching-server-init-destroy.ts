// Source: interop-alliance/was-teaching-server — src/backends/postgres.ts (PostgresBackend.init), reduced by hand, not copied
// Label: safe
// Why: schema setup and migrations run in the try; the finally destroys the client with `release(true)` so the lifted statement timeout never reaches a pooled connection
import type pg from "pg";

declare function applyMigrations(args: { client: pg.PoolClient }): Promise<void>;

export class PostgresBackend {
  #pool: pg.Pool;
  #schema: string | undefined;
  constructor(pool: pg.Pool, schema?: string) {
    this.#pool = pool;
    this.#schema = schema;
  }

  async init(): Promise<void> {
    const client = await this.#pool.connect();
    try {
      if (this.#schema !== undefined) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS "${this.#schema}"`);
      }
      await client.query("SET statement_timeout = 0");
      await applyMigrations({ client });
    } finally {
      client.release(true);
    }
  }
}
