// Source: MGrin/scani-oss — packages/infra/queue/src/migrate.ts (runQueueMigrations), reduced by hand, not copied
// Label: safe
// Why: the advisory lock, the schema statements and BullMQ's migrator run in an inner `try` whose `finally` unlocks with its failure swallowed (`.catch(() => undefined)`); the outer `finally` releases the client, and the pool is ended last
import { runMigrations } from "bullmq";
import { Pool } from "pg";

export async function runQueueMigrations(connectionString: string, schema = "bullmq"): Promise<void> {
  const pool = new Pool({ connectionString });
  try {
    const client = await pool.connect();
    try {
      const lockKey = `bullmq-migrate:${schema}`;
      await client.query("SELECT pg_advisory_lock(hashtext($1))", [lockKey]);
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '""')}"`);
        await client.query(`SET search_path TO ${schema}`);
        await runMigrations(client as never);
      } finally {
        await client.query("SELECT pg_advisory_unlock(hashtext($1))", [lockKey]).catch(() => undefined);
      }
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}
