// Source: rogerpadilla/uql — packages/uql-orm/src/postgres/abstractPgQuerierPool.ts (AbstractPgQuerierPool.getQuerier), reduced by hand, not copied
// Label: hand-over
// Why: getQuerier hands the querier a function that checks out lazily; the arrow returns the connect() promise to the querier, which keeps the client in `conn` and gives it back in internalRelease (called by the querier's release)
import type { AbstractSqlDialect } from "../dialect/index.js";
import { AbstractSqlQuerierPool } from "../querier/index.js";
import type { ExtraOptions } from "../type/index.js";
import { attachPoolErrorHandler, type ErrorEmittingPool } from "../util/index.js";
import type { AbstractPgQuerier, PgAnyClient } from "./abstractPgQuerier.js";

export interface PgAnyPool<C extends PgAnyClient> extends ErrorEmittingPool {
  connect: () => Promise<C>;
  end: () => Promise<void>;
}

export abstract class AbstractPgQuerierPool<
  C extends PgAnyClient,
  Q extends AbstractPgQuerier<C, D>,
  D extends AbstractSqlDialect,
> extends AbstractSqlQuerierPool<Q, D> {
  constructor(dialect: D, readonly pool: PgAnyPool<C>, extra?: ExtraOptions) {
    super(dialect, extra);
    attachPoolErrorHandler(pool, "Idle Postgres pool client encountered an error");
  }

  protected abstract buildQuerier(connect: () => Promise<C>): Q;

  async getQuerier() {
    return this.buildQuerier(() => this.pool.connect());
  }

  async end() {
    await this.pool.end();
  }
}
