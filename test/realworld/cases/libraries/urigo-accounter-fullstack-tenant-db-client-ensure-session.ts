// Source: Urigo/accounter-fullstack — packages/server/src/modules/app-providers/tenant-db-client.ts at 6f0260cca^ (TenantAwareDBClient.ensureSession, before "stop leaking DB connections on cancelled requests"), reduced by hand, not copied
// Label: hand-over
// Why: the request-scoped checkout is kept on `this.activeClient` until dispose(); a failed BEGIN destroys it with release(true). The reported leak was the cleanup plugin's onExecuteDone never running for cancelled requests, in another module
import type { Pool, PoolClient } from "pg";

export class TenantAwareDBClient {
  private activeClient: PoolClient | null = null;
  private sessionOpen = false;

  constructor(private readonly pool: Pool, private readonly businessId: string) {}

  private async setRLSVariables(client: PoolClient): Promise<void> {
    await client.query("SELECT set_config('app.current_business_id', $1, true)", [this.businessId]);
  }

  private async ensureSession(): Promise<PoolClient> {
    this.activeClient ||= await this.pool.connect();

    if (!this.sessionOpen) {
      const client = this.activeClient;
      try {
        await client.query("BEGIN");
        await this.setRLSVariables(client);
        this.sessionOpen = true;
      } catch (error) {
        // A connection whose BEGIN failed is in an unknown state: destroy it.
        try {
          await client.query("ROLLBACK");
        } catch {
          // the connection may already be closed
        }
        try {
          client.release(true);
        } catch {
          // already released
        }
        this.activeClient = null;
        throw error;
      }
    }

    return this.activeClient;
  }

  public async query(text: string, params: unknown[] = []) {
    const client = await this.ensureSession();
    return client.query(text, params);
  }

  public async dispose(): Promise<void> {
    if (!this.activeClient) return;
    try {
      if (this.sessionOpen) {
        this.sessionOpen = false;
        await this.activeClient.query("COMMIT");
      }
    } finally {
      this.activeClient.release();
      this.activeClient = null;
    }
  }
}
