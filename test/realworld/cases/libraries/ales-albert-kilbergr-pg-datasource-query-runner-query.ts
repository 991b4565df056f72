// Source: ales-albert-kilbergr/pg-datasource — src/lib/query-runner.ts (QueryRunner.query), reduced by hand, not copied
// Label: safe
// Why: outside a transaction the runner checks out a client per query and releases it right after the query and the logging, or in the catch when either threw; inside a transaction it borrows the transaction's client and leaves it to commit/rollback (the catch rolls the transaction back, which releases it)
import * as E from "fp-ts/lib/Either";
import { DatabaseError, type Pool, type PoolClient, type QueryConfig } from "pg";

interface Transaction {
  client?: PoolClient;
  rollback(): Promise<void>;
}

export class QueryRunner {
  private transaction?: Transaction;

  constructor(
    private pool: Pool,
    private logger: { executed(q: QueryConfig): void; failed(e: unknown, q: QueryConfig): void },
  ) {}

  private isInTransaction() {
    return this.transaction !== undefined;
  }

  public async query(queryConfig: QueryConfig) {
    let client: PoolClient;

    try {
      client = this.transaction?.client ?? (await this.pool.connect());
    } catch (error) {
      this.logger.failed(error, queryConfig);
      if (error instanceof DatabaseError) {
        return E.left(error);
      }
      throw error;
    }

    try {
      const result = await client.query(queryConfig);
      this.logger.executed(queryConfig);

      if (!this.isInTransaction()) {
        client.release();
      }

      return E.right(result);
    } catch (error) {
      this.logger.failed(error, queryConfig);

      if (this.isInTransaction()) {
        await this.transaction!.rollback();
        this.transaction = undefined;
      } else {
        client.release();
      }

      if (error instanceof DatabaseError) {
        return E.left(error);
      }
      throw error;
    }
  }
}
