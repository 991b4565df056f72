// Source: Urigo/accounter-fullstack — packages/server/src/modules/app-providers/tenant-db-client.ts at be40d9e (TenantAwareDBClient.transaction's initialization, "Address some security risk and race conditions"), reduced by hand, not copied
// Label: hand-over
// Why: the initialization closure checks a client out, runs BEGIN and the RLS settings, and stores it in `this.activeClient`, which the outermost transaction (or dispose) later commits and releases; when BEGIN or the settings fail, its catch releases the client before rethrowing
import type { PoolClient, Pool } from "pg";

export class TenantAwareDBClient {
  private activeClient: PoolClient | null = null;
  private initializationPromise: Promise<void> | null = null;

  constructor(private dbProvider: { pool: Pool }, private authContext: { businessId: string } | null) {}

  public async transaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    if (this.initializationPromise) {
      try {
        await this.initializationPromise;
      } catch {
        // initialization failed; the check below retries or fails
      }
    }

    if (!this.activeClient) {
      this.initializationPromise = (async () => {
        const client = await this.dbProvider.pool.connect();
        try {
          await client.query("BEGIN");
          await this.setRLSVariables(client);
          this.activeClient = client;
        } catch (error) {
          client.release();
          throw error;
        }
      })();

      try {
        await this.initializationPromise;
      } finally {
        this.initializationPromise = null;
      }
    }

    if (!this.activeClient) {
      throw new Error("Failed to initialize database client");
    }
    const client = this.activeClient;
    try {
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
      this.activeClient = null;
    }
  }

  public async dispose(): Promise<void> {
    if (this.activeClient) {
      try {
        await this.activeClient.query("ROLLBACK");
      } finally {
        this.activeClient.release();
        this.activeClient = null;
      }
    }
  }

  private async setRLSVariables(client: PoolClient): Promise<void> {
    if (!this.authContext) {
      throw new Error("Missing AuthContext");
    }
    await client.query("SET LOCAL app.current_business_id = $1", [this.authContext.businessId]);
  }
}
