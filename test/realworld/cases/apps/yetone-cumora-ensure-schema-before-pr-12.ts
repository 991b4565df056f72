// Source: yetone/cumora — server/src/db/migrate.ts at 05b0ffc^ (ensureSchema, before PR #12 "reset the migration client's session before it re-enters the pool"), reduced by hand, not copied
// Label: safe
// Why: the checkout is followed at once by a try whose finally releases it; PR #12 was about the session settings the client carried back into the pool (statement_timeout 0, lock_timeout 5s), not a leak
import { Pool, type PoolClient } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20, statement_timeout: 60_000 });
const SCHEMA_LOCK_KEY = 7_240_101;
const DDL = "CREATE TABLE IF NOT EXISTS agents (id text PRIMARY KEY)";

async function schemaAlreadyCurrent(client: PoolClient): Promise<boolean> {
  const { rows } = await client.query("SELECT to_regclass('public.agents') IS NOT NULL AS ok");
  return rows[0].ok === true;
}

async function buildConcurrentIndexes(client: PoolClient): Promise<void> {
  try {
    await client.query("CREATE INDEX CONCURRENTLY IF NOT EXISTS agents_id_idx ON agents(id)");
  } catch (e) {
    console.warn("[db] concurrent index build failed", e);
  }
}

export async function ensureSchema(): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SET statement_timeout = 0");
    await client.query("SET idle_in_transaction_session_timeout = 0");
    await client.query("SELECT pg_advisory_lock($1)", [SCHEMA_LOCK_KEY]);
    await client.query("SET lock_timeout = '5s'");
    try {
      try {
        await client.query("CREATE EXTENSION IF NOT EXISTS vector");
      } catch (e) {
        console.warn("[db] pgvector unavailable", e);
      }
      try {
        await client.query(DDL);
        console.log("[db] schema ensured");
      } catch (e) {
        const code = (e as { code?: string } | null)?.code;
        if ((code === "40P01" || code === "55P03") && (await schemaAlreadyCurrent(client))) {
          console.warn(`[db] schema DDL hit lock contention (${code}) but schema is already current`);
        } else {
          throw e;
        }
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [SCHEMA_LOCK_KEY]).catch(() => {});
    }
    await buildConcurrentIndexes(client);
  } finally {
    client.release();
  }
}
