// Source: VoltAgent/voltagent — packages/postgres/src/vector-adapter.ts (PostgreSQLVectorAdapter.withClient), reduced by hand, not copied
// Label: safe
// Why: the SET search_path and the handler both run inside the try, `return await` keeps the handler's work before the finally's release
import type { Pool, PoolClient } from "pg";

export class VectorAdapterSketch {
  constructor(private pool: Pool, private searchPath?: string) {}

  private async withClient<T>(handler: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      if (this.searchPath) {
        await client.query(`SET search_path TO "${this.searchPath}"`);
      }
      return await handler(client);
    } finally {
      client.release();
    }
  }
}
