// Source: dbos-inc/dbos-transact-ts — src/system_database.ts at fc4104ea^ (PostgresSystemDatabase.recv, before PR #741 "handle errors"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: BEGIN, the DELETE … RETURNING, JSON.parse and the recorded output are awaited with no try between connect() and the release at the end; any of them throwing keeps the client (PR #741 moved them into try/finally)
import { Pool, PoolClient } from "pg";

interface Notification {
  message: string;
}

export class PostgresSystemDatabase {
  constructor(private readonly pool: Pool, private readonly schema: string) {}

  async recordNotificationOutput<R>(client: PoolClient, workflowUUID: string, functionID: number, output: R) {
    try {
      await client.query(`INSERT INTO ${this.schema}.operation_outputs (workflow_uuid, function_id, output) VALUES ($1, $2, $3);`, [
        workflowUUID,
        functionID,
        JSON.stringify(output),
      ]);
    } catch (error) {
      await client.query("ROLLBACK");
      client.release();
      throw error;
    }
  }

  async recv<T>(workflowUUID: string, functionID: number, topic: string): Promise<T | null> {
    const client = await this.pool.connect();
    await client.query(`BEGIN ISOLATION LEVEL READ COMMITTED`);
    const finalRecvRows = (
      await client.query<Notification>(
        `DELETE FROM ${this.schema}.notifications WHERE destination_uuid = $1 AND topic = $2 RETURNING notifications.*;`,
        [workflowUUID, topic],
      )
    ).rows;
    let message: T | null = null;
    if (finalRecvRows.length > 0) {
      message = JSON.parse(finalRecvRows[0].message) as T;
    }
    await this.recordNotificationOutput(client, workflowUUID, functionID, message);
    await client.query(`COMMIT`);
    client.release();
    return message;
  }
}
