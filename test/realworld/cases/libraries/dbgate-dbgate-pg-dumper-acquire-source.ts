// Source: dbgate/dbgate-pg-dumper — src/connection/PgAdapter.ts (PgPoolConnectionSource.acquire), reduced by hand, not copied
// Label: hand-over
// Why: a failed checkout is rethrown as a ConnectionError; the client is returned wrapped in an adapter together with an idempotent release closure the caller must call
import type { Pool, PoolClient } from "pg";

class ConnectionError extends Error {
  constructor(message: string, readonly options: { cause: unknown }) {
    super(message);
  }
}

declare class PgConnectionAdapter {
  constructor(client: PoolClient, options: object);
}

export class PgPoolConnectionSource {
  constructor(private readonly pool: Pool, private readonly options: object = {}) {}

  async acquire(signal?: AbortSignal) {
    signal?.throwIfAborted();
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (cause) {
      throw new ConnectionError("Failed to acquire a PostgreSQL pool client.", { cause });
    }
    let released = false;
    return {
      connection: new PgConnectionAdapter(client, this.options),
      release: () => {
        if (!released) {
          released = true;
          client.release();
        }
        return Promise.resolve();
      },
    };
  }
}
