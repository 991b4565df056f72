// Source: durcno/durcno — src/connectors/pg.ts (PgPoolConnector.connect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the connector's `connect()` awaits a checkout as a connection check and drops the client without releasing it: each call keeps one pooled connection for good
import pg from "pg";

export class PgPoolConnector {
  #pool: pg.Pool;
  constructor(connectionString: string) {
    this.#pool = new pg.Pool({ connectionString, max: 10 });
  }

  async query(query: string, args?: unknown[]): Promise<unknown> {
    return this.#pool.query(query, args);
  }

  async connect(): Promise<void> {
    await this.#pool.connect();
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
