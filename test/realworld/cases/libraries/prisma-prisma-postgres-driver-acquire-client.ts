// Source: prisma/prisma — packages/3-targets/7-drivers/postgres/src/postgres-driver.ts (PostgresPoolDriverImpl.acquireClient), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is passed through a helper that attaches an error listener and returns it; the caller's finally calls releaseClient()
import type { Pool, PoolClient } from "pg";
import { suppressIdleConnectionErrors } from "@internal/utils/suppress-idle-connection-errors";

export class PoolDriverSketch {
  constructor(private readonly pool: Pool) {}

  async acquireClient(): Promise<PoolClient> {
    // pg-pool detaches its own 'error' forwarding while a client is checked out.
    return suppressIdleConnectionErrors(await this.pool.connect());
  }

  async releaseClient(client: PoolClient): Promise<void> {
    client.release();
  }
}
