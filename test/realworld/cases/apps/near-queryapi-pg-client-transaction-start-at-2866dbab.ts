// Source: near/queryapi — runner/src/pg-client.ts at 2866dbab (PgClient.transactionStart, "Support Transactions using DmlHandler Init during runFunction"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: transactionStart keeps the checkout on `this.pgClient` before BEGIN; transactionCommit and transactionRollback, which the indexer calls after the user's function, release it only after awaiting COMMIT / ROLLBACK with no finally, so when that query rejects (a dropped connection) the client stays on the field, checked out for good
import { Pool, type PoolClient, type PoolConfig, type QueryResult, type QueryResultRow } from "pg";

export default class PgClient {
  private readonly pgPool: Pool;
  private pgClient: PoolClient | undefined;

  constructor(connectionString: string, poolConfig: PoolConfig = { max: 10, idleTimeoutMillis: 30000 }, PgPool: typeof Pool = Pool) {
    this.pgPool = new PgPool({ connectionString, ...poolConfig });
    this.pgClient = undefined;
  }

  async transactionStart(): Promise<void> {
    this.pgClient = await this.pgPool.connect();
    await this.pgClient.query("BEGIN");
    console.log("Transaction started successfully. Postgres client connected.");
  }

  async transactionCommit(): Promise<void> {
    if (!this.pgClient) {
      throw new Error("No client to commit transaction with.");
    }
    await this.pgClient.query("COMMIT");
    this.pgClient.release();
    this.pgClient = undefined;
  }

  async transactionRollback(): Promise<void> {
    if (!this.pgClient) {
      console.warn("No client to rollback transaction with.");
      return;
    }
    await this.pgClient.query("ROLLBACK");
    this.pgClient.release();
    this.pgClient = undefined;
  }

  async query<R extends QueryResultRow = any>(query: string, params: any[] = []): Promise<QueryResult<R>> {
    if (!this.pgClient) {
      throw new Error("No client to execute query with.");
    }
    return await this.pgClient.query<R>(query, params);
  }
}
