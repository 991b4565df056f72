// Source: juanluispaz/ts-sql-query — src/queryRunners/PgPoolQueryRunner.ts (createQueryRunner / releaseQueryRunner), reduced by hand, not copied
// Label: hand-over
// Why: the `.then` wraps the checkout in a query runner that is returned to the pool runner's base class, which calls `releaseQueryRunner` when the work is done
import type { Pool, PoolClient } from "pg";

class PgQueryRunner {
  constructor(readonly connection: PoolClient) {}

  getNativeRunner(): PoolClient {
    return this.connection;
  }
}

export class PgPoolQueryRunner {
  constructor(readonly pool: Pool) {}

  protected createQueryRunner(): Promise<PgQueryRunner> {
    return this.pool.connect().then((connection) => new PgQueryRunner(connection));
  }

  protected releaseQueryRunner(queryRunner: PgQueryRunner): void {
    queryRunner.getNativeRunner().release();
  }
}
