// Source: Seraj-Omar/log-ingestion — src/database/partitions.ts at 300bd70 (dropDailyPartition), reduced by hand, not copied
// Label: safe
// Why: the retention job's partition drop runs in a callback serialised per partition name; the checkout inside it sends BEGIN, the caller's optional `beforeDrop(client)` hook and the DROP in a try whose finally releases
import type { PoolClient } from "pg";
import { pool } from "./pool.js";

const PARTITION_NAME_PATTERN = /^logs_\d{8}$/;
const partitionOperations = new Map<string, Promise<void>>();
const knownPartitions = new Set<string>();

async function runPartitionOperation(name: string, operation: () => Promise<void>): Promise<void> {
  const previous = partitionOperations.get(name);
  const current = previous === undefined ? operation() : previous.catch(() => undefined).then(operation);
  partitionOperations.set(name, current);
  try {
    await current;
  } finally {
    if (partitionOperations.get(name) === current) {
      partitionOperations.delete(name);
    }
  }
}

type BeforePartitionDrop = (client: PoolClient) => Promise<void>;

export async function dropDailyPartition(name: string, beforeDrop?: BeforePartitionDrop): Promise<void> {
  if (!PARTITION_NAME_PATTERN.test(name)) {
    throw new Error("invalid daily partition name");
  }

  await runPartitionOperation(name, async () => {
    const client = await pool.connect();

    try {
      await client.query("BEGIN");
      if (beforeDrop !== undefined) {
        await beforeDrop(client);
      }
      await client.query(`DROP TABLE IF EXISTS "${name}"`);
      await client.query("COMMIT");
      knownPartitions.delete(name);
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  });
}
