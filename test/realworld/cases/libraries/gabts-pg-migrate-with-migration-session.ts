// Source: gabts/pg-migrate — src/migrations/session.ts (withMigrationSession), reduced by hand, not copied
// Label: safe
// Why: a standalone `Client` holds the session-level advisory lock; it connects inside the try, and the finally unlocks (errors swallowed) and ends it
import pg from "pg";

export async function withMigrationSession<T>(args: {
  clientConfig: pg.ClientConfig;
  table: string;
  run: (ctx: { client: pg.Client }) => Promise<T>;
}): Promise<T> {
  const client = new pg.Client(args.clientConfig);
  let lockKey: string | null = null;
  try {
    await client.connect();
    const lock = await client.query<{ acquired: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS acquired", [
      args.table,
    ]);
    if (!lock.rows[0]?.acquired) {
      throw new Error(`Could not acquire advisory lock for "${args.table}"`);
    }
    lockKey = args.table;
    return await args.run({ client });
  } finally {
    if (lockKey !== null) {
      try {
        await client.query("SELECT pg_advisory_unlock(hashtext($1))", [lockKey]);
      } catch {
        // the session's end releases the lock anyway
      }
    }
    try {
      await client.end();
    } catch {
      // keep the original error
    }
  }
}
