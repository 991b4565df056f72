// Source: just-dandi/dandi — packages/dandi-contrib/data-pg/src/pg-db-pool.ts (PgDbPool#connect), reduced by hand, not copied
// Label: hand-over
// Why: the injectable pool wrapper's connect() returns the pool's checkout to its caller (the per-injector PgDbPoolClient factory, whose dispose() releases it)
import { Disposable } from "@dandi/common";
import { Inject, Injectable } from "@dandi/core";
import { Pool, PoolClient, PoolConfig, QueryResult } from "pg";

import { PgDbConfig } from "./pg-db-pool-config";

@Injectable()
export class PgDbPool implements Disposable {
  private pool: Pool;

  constructor(@Inject(PgDbConfig) config: PoolConfig) {
    this.pool = new Pool(config);
  }

  public connect(): Promise<PoolClient> {
    return this.pool.connect();
  }

  public query(cmd: string, args: any[]): Promise<QueryResult> {
    return this.pool.query(cmd, args);
  }

  public async dispose(reason: string): Promise<void> {
    await this.pool.end();
    this.pool = undefined;
    Disposable.remapDisposed(this, reason);
  }
}
