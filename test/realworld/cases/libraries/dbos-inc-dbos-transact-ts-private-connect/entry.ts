// Source: dbos-inc/dbos-transact-ts — src/system_database.ts (PostgresSystemDatabase.#connect and initWorkflowStatus), reduced by hand, not copied
// Label: safe
// Why: the private `#connect()` hands out a pool checkout; BEGIN runs inside the try, and the finally's own try/finally releases after COMMIT or ROLLBACK whatever they do
import { Pool, type PoolClient } from "pg";
import { borrowClient } from "./borrow";

export class SystemDatabaseSketch {
  readonly pool = new Pool();

  readonly #onClientError = (err: Error) => console.warn(`system database connection: ${err}`);

  #connect(): Promise<PoolClient> {
    return borrowClient(this.pool, this.#onClientError);
  }

  async initWorkflowStatus(workflowId: string): Promise<boolean> {
    const client = await this.#connect();
    let shouldCommit = false;
    try {
      await client.query("BEGIN ISOLATION LEVEL READ COMMITTED");
      const { rowCount } = await client.query("INSERT INTO workflow_status (id) VALUES ($1) ON CONFLICT DO NOTHING", [workflowId]);
      shouldCommit = rowCount === 1;
      return shouldCommit;
    } finally {
      try {
        if (shouldCommit) await client.query("COMMIT");
        else await client.query("ROLLBACK");
      } finally {
        client.release();
      }
    }
  }
}
