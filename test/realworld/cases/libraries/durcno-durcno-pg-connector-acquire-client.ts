// Source: durcno/durcno — src/connectors/pg.ts (PgPoolConnector.acquireClient), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is wrapped in a PgPoolClient (its close() releases it) and the wrapper is returned
import pg, { type PoolClient } from "pg";

class PgPoolClient {
  #client: PoolClient;
  constructor(client: PoolClient) {
    this.#client = client;
  }
  query(text: string, args?: unknown[]) {
    return this.#client.query(text, args);
  }
  async close(): Promise<void> {
    this.#client.release();
  }
}

export class PgPoolConnector {
  #pool: pg.Pool;
  constructor(connectionString: string) {
    this.#pool = new pg.Pool({ connectionString });
  }

  async acquireClient(): Promise<PgPoolClient> {
    const client = await this.#pool.connect();
    return new PgPoolClient(client);
  }
}
