// Source: dbos-inc/dbos-transact-ts — src/system_database.ts at fc4104ea (PostgresSystemDatabase.recv, as PR #741 "handle errors" wrote it), reduced by hand, not copied
// Label: safe
// Why: the try begins right after connect(); BEGIN, the work and COMMIT are inside it, the catch rolls back and rethrows, the finally releases
import { Pool, PoolClient } from "pg";

interface Notification {
  message: string;
}

interface Logger {
  error(e: unknown): void;
}

export class PostgresSystemDatabase {
  constructor(private readonly pool: Pool, private readonly schema: string, private readonly logger: Logger) {}

  async recordNotificationOutput<R>(client: PoolClient, workflowUUID: string, functionID: number, output: R) {
    await client.query(`INSERT INTO ${this.schema}.operation_outputs (workflow_uuid, function_id, output) VALUES ($1, $2, $3);`, [
      workflowUUID,
      functionID,
      JSON.stringify(output),
    ]);
  }

  async recv<T>(workflowUUID: string, functionID: number, topic: string): Promise<T | null> {
    let message: T | null = null;
    const client = await this.pool.connect();
    try {
      await client.query(`BEGIN ISOLATION LEVEL READ COMMITTED`);
      const finalRecvRows = (
        await client.query<Notification>(
          `DELETE FROM ${this.schema}.notifications WHERE destination_uuid = $1 AND topic = $2 RETURNING notifications.*;`,
          [workflowUUID, topic],
        )
      ).rows;
      if (finalRecvRows.length > 0) {
        message = JSON.parse(finalRecvRows[0].message) as T;
      }
      await this.recordNotificationOutput(client, workflowUUID, functionID, message);
      await client.query(`COMMIT`);
    } catch (e) {
      this.logger.error(e);
      await client.query(`ROLLBACK`);
      throw e;
    } finally {
      client.release();
    }
    return message;
  }
}
