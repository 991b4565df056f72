// Source: dbos-inc/dbos-transact-ts — src/system_database.ts at fc4104ea^ (PostgresSystemDatabase.setEvent, before PR #741 "handle errors"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: only the early-return branch and the end release; BEGIN, the SELECT, the upsert and COMMIT are awaited with no try, so any of them throwing keeps the client
import { Pool, PoolClient } from "pg";

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

  async setEvent<T>(workflowUUID: string, functionID: number, key: string, message: T): Promise<void> {
    const client: PoolClient = await this.pool.connect();

    await client.query("BEGIN ISOLATION LEVEL READ COMMITTED");
    let { rows } = await client.query(`SELECT output FROM ${this.schema}.operation_outputs WHERE workflow_uuid=$1 AND function_id=$2`, [
      workflowUUID,
      functionID,
    ]);
    if (rows.length > 0) {
      await client.query("ROLLBACK");
      client.release();
      return;
    }
    ({ rows } = await client.query(
      `INSERT INTO ${this.schema}.workflow_events (workflow_uuid, key, value) VALUES ($1, $2, $3)
       ON CONFLICT (workflow_uuid, key) DO UPDATE SET value = $3 RETURNING workflow_uuid;`,
      [workflowUUID, key, JSON.stringify(message)],
    ));
    await this.recordNotificationOutput(client, workflowUUID, functionID, undefined);
    await client.query("COMMIT");
    client.release();
  }
}
