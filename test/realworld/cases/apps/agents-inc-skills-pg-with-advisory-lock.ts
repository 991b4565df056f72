// Source: agents-inc/skills — src/skills/api-database-postgresql/examples/transactions.md at 279811b6 ("Advisory Locks": withAdvisoryLock), reduced by hand, not copied
// Label: safe
// Why: the try-lock query, the early `return null` and the inner try whose finally unlocks all sit inside the outer try whose finally releases the client
import type pg from "pg";

export async function withAdvisoryLock<T>(
  pool: pg.Pool,
  lockId: number,
  operation: (client: pg.PoolClient) => Promise<T>,
): Promise<T | null> {
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ pg_try_advisory_lock: boolean }>("SELECT pg_try_advisory_lock($1)", [lockId]);
    if (!rows[0].pg_try_advisory_lock) {
      return null;
    }
    try {
      return await operation(client);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [lockId]);
    }
  } finally {
    client.release();
  }
}
