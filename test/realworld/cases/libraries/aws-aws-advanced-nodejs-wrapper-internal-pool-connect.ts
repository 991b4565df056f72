// Source: aws/aws-advanced-nodejs-wrapper — pg/lib/icp/pg_internal_pool_client.ts (AwsPgInternalPoolClient.connect), reduced by hand, not copied
// Label: hand-over
// Why: `return await` hands the checkout to the wrapper's pooled connection, which releases it; the catch only translates a connect failure, when no client exists
import pg from "pg";

class WrapperError extends Error {}

export class InternalPoolClient {
  private readonly targetPool: pg.Pool;

  constructor(props: pg.PoolConfig) {
    this.targetPool = new pg.Pool(props);
  }

  async connect(): Promise<pg.PoolClient> {
    try {
      return await this.targetPool.connect();
    } catch (error: any) {
      throw new WrapperError("pooled connection failed: " + error.message);
    }
  }

  async end(): Promise<void> {
    try {
      await this.targetPool.end();
    } catch {
      // ignored, as in the original
    }
  }
}
