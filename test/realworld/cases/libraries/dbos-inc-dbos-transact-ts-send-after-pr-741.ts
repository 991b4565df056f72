// Source: dbos-inc/dbos-transact-ts — src/system_database.ts at fc4104ea (PostgresSystemDatabase.send, as PR #741 "handle errors" wrote it), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: PR #741 moved the work into try/finally but left `await client.query("BEGIN …")` between connect() and the try: a failing BEGIN skips the finally's release
import { DatabaseError, Pool, PoolClient } from "pg";

class NonExistentWorkflowError extends Error {}

export class PostgresSystemDatabase {
  constructor(private readonly pool: Pool, private readonly schema: string) {}

  async recordNotificationOutput<R>(client: PoolClient, workflowUUID: string, functionID: number, output: R) {
    await client.query(`INSERT INTO ${this.schema}.operation_outputs (workflow_uuid, function_id, output) VALUES ($1, $2, $3);`, [
      workflowUUID,
      functionID,
      JSON.stringify(output),
    ]);
  }

  async send<T>(workflowUUID: string, functionID: number, destinationUUID: string, message: T, topic: string): Promise<void> {
    const client: PoolClient = await this.pool.connect();

    await client.query("BEGIN ISOLATION LEVEL READ COMMITTED");
    try {
      const { rows } = await client.query(`SELECT output FROM ${this.schema}.operation_outputs WHERE workflow_uuid=$1 AND function_id=$2`, [
        workflowUUID,
        functionID,
      ]);
      if (rows.length > 0) {
        await client.query("ROLLBACK");
        return;
      }
      await client.query(`INSERT INTO ${this.schema}.notifications (destination_uuid, topic, message) VALUES ($1, $2, $3);`, [
        destinationUUID,
        topic,
        JSON.stringify(message),
      ]);
      await this.recordNotificationOutput(client, workflowUUID, functionID, undefined);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      const err = error as DatabaseError;
      if (err.code === "23503") {
        throw new NonExistentWorkflowError(`Sent to non-existent destination workflow UUID: ${destinationUUID}`);
      } else {
        throw err;
      }
    } finally {
      client.release();
    }
  }
}
