// Source: Urigo/accounter-fullstack — packages/server/src/modules/app-providers/tenant-db-client.ts at be40d9e^ (TenantAwareDBClient.transaction, top-level branch, before "Address some security risk and race conditions"), reduced by hand, not copied
// Label: safe
// Why: the top-level transaction parks the client in `this.activeClient` for nested calls, but owns it: the try right after the checkout runs BEGIN, the RLS settings, the callback and COMMIT, and its finally releases the client and clears the field on every path
import type { PoolClient, Pool } from "pg";

export class TenantAwareDBClient {
  private activeClient: PoolClient | null = null;
  private transactionDepth = 0;

  constructor(private dbProvider: { pool: Pool }, private authContext: { businessId: string } | null) {}

  public async transaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    if (this.activeClient) {
      this.transactionDepth++;
      const savepointName = `sp_${this.transactionDepth}`;
      try {
        await this.activeClient.query(`SAVEPOINT ${savepointName}`);
        const result = await fn(this.activeClient);
        await this.activeClient.query(`RELEASE SAVEPOINT ${savepointName}`);
        return result;
      } catch (error) {
        await this.activeClient.query(`ROLLBACK TO SAVEPOINT ${savepointName}`);
        throw error;
      } finally {
        this.transactionDepth--;
      }
    }

    const client = await this.dbProvider.pool.connect();
    this.activeClient = client;

    try {
      await client.query("BEGIN");
      await this.setRLSVariables(client);
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

  private async setRLSVariables(client: PoolClient): Promise<void> {
    if (!this.authContext) {
      throw new Error("Missing AuthContext");
    }
    await client.query("SET LOCAL app.current_business_id = $1", [this.authContext.businessId]);
  }
}
