import type { PoolClient } from "pg";

export async function withPostgresAdvisoryLock<T>(client: PoolClient, name: string, operation: () => Promise<T>): Promise<T | undefined> {
  const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS locked", [name]);
  if (!rows[0]?.locked) return undefined;
  try {
    return await operation();
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext($1))", [name]);
  }
}
