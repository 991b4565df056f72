// Source: just-dandi/dandi — packages/dandi-contrib/data-pg/src/pg-db-pool-client.ts (poolClientFactory, POOL_CLIENT_PROVIDER), reduced by hand, not copied
// Label: hand-over
// Why: an async provider factory of the DI container wraps each checkout in a Disposable PgDbPoolClient and returns it; the provider is scoped per injector (`restrictScope: ScopeBehavior.perInjector`), and the injector disposes what it made when its scope ends, and dispose() releases the client once
import { Disposable } from "@dandi/common";
import { Provider, ScopeBehavior } from "@dandi/core";
import { PoolClient, QueryResult } from "pg";

import { PgDbPool } from "./pg-db-pool";

export class PgDbPoolClient implements Disposable {
  private disposed = false;

  constructor(private readonly client: PoolClient) {}

  public query(cmd: string, args: any[]): Promise<QueryResult> {
    return this.client.query(cmd, args);
  }

  public dispose(): void | Promise<void> {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    this.client.release();
  }
}

export async function poolClientFactory(pool: PgDbPool): Promise<PgDbPoolClient> {
  return new PgDbPoolClient(await pool.connect());
}

export const POOL_CLIENT_PROVIDER: Provider<PgDbPoolClient> = {
  provide: PgDbPoolClient,
  useFactory: poolClientFactory,
  deps: [PgDbPool],
  async: true,
  restrictScope: ScopeBehavior.perInjector,
};
