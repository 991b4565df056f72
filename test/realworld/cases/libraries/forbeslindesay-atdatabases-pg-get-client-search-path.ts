// Source: ForbesLindesay/atdatabases — packages/pg/src/ConnectionPool.ts at f5a6ad4^ (ConnectionPool._getClient; the repair path's own checkouts left to _repairConnectionPool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the `SET search_path` sent on a fresh client is awaited outside any try; when it rejects the client is neither returned to the caller nor released
import type { Pool, PoolClient } from "pg";

function escapeIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export class ConnectionPool {
  private hadSuccessfulConnection = true;

  constructor(
    private readonly pool: Pool,
    private readonly schema: string | string[] | undefined,
    private readonly repair: () => Promise<PoolClient | null>,
  ) {}

  async getClient(): Promise<PoolClient> {
    let client: (PoolClient & { hasSetSchema?: boolean }) | null = null;
    try {
      client = await this.pool.connect();
    } catch (ex) {
      this.hadSuccessfulConnection = false;
      client = await this.repair();
    }
    if (!client) throw new Error("No connection could be made");
    if (!client.hasSetSchema && this.schema) {
      const names = Array.isArray(this.schema) ? this.schema : [this.schema];
      await client.query(`SET search_path TO ${names.map(escapeIdentifier).join(", ")}`);
      client.hasSetSchema = true;
    }
    return client;
  }
}
