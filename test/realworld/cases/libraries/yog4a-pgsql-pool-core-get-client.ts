// Source: yog4a/pgsql — src/core/pool.core.ts (CorePool.getClient), reduced by hand, not copied
// Label: hand-over
// Why: after the shutdown and readiness gates the checkout is returned as it is; the query and transaction modules that call getClient release it in their finally
import { Pool, type PoolClient } from "pg";

declare class Gate {
  enterOrWait(): Promise<void>;
}

export class CorePool {
  protected _pool: Pool | null = null;
  protected _isShuttingDown = false;
  protected connectionController = { connection: null as unknown as Gate };

  public async getClient(): Promise<PoolClient> {
    if (this._isShuttingDown) {
      throw new Error("Pool is shutting down");
    }

    await this.connectionController.connection.enterOrWait();

    if (this._isShuttingDown) {
      throw new Error("Pool is shutting down");
    }
    if (!this._pool) {
      throw new Error("Pool is not initialized");
    }

    const client = await this._pool.connect();
    return client;
  }
}
