// Source: ForbesLindesay/atdatabases — packages/pg/src/ConnectionPool.ts at f5a6ad4^ (ConnectionPool._repairConnectionPool; its sslmode=prefer retry without SSL, a second checkout, left out), reduced by hand, not copied
// Label: hand-over
// Why: the checkout made on the first host that answers is returned to _getClient, which owns it from then on; a failed connect() has no client and moves on to the next host
import type { Pool, PoolClient } from "pg";

export class ConnectionPool {
  private hadSuccessfulConnection = false;

  constructor(private readonly pool: Pool, private readonly hosts: { host: string; port: number }[]) {}

  async repairConnectionPool(): Promise<PoolClient | null> {
    if (this.hadSuccessfulConnection) return null;
    const started = Date.now();
    let lastError: unknown;
    let attempts = 0;
    do {
      attempts++;
      await new Promise((resolve) => setTimeout(resolve, attempts * 100));
      for (const { host, port } of this.hosts) {
        (this.pool as any).options.host = host;
        (this.pool as any).options.port = port;
        try {
          const connection = await this.pool.connect();
          this.hadSuccessfulConnection = true;
          return connection;
        } catch (ex) {
          lastError = ex;
        }
      }
    } while (Date.now() - started < 2000);
    throw lastError;
  }
}
