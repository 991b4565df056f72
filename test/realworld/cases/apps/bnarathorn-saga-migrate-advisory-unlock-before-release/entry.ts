// Source: bnarathorn/saga — packages/database/src/migrate.ts (migrate), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the migration client is released in the `finally` only after `await release()`, the advisory unlock sent on that same client: when the unlock query fails (a dropped connection, statement_timeout) it throws before `client.release()`, and the client never goes back to the pool
import type { Pool } from "pg";
import { acquireSessionAdvisoryLock } from "./locks.js";
import { loadMigrations } from "./files.js";

export async function migrate(pool: Pool, directory: string, log: (message: string) => void = () => {}) {
  const client = await pool.connect();

  let release: () => Promise<void>;
  try {
    release = await acquireSessionAdvisoryLock({ query: (text, values) => client.query(text, values) }, "saga:migrations");
  } catch (error) {
    client.release(true);
    throw new Error("Could not acquire the migration lock.", { cause: error });
  }

  const appliedNow: string[] = [];
  try {
    const pending = await loadMigrations(directory);
    for (const file of pending) {
      log(`applying ${file.filename}`);
      await client.query("BEGIN");
      try {
        await client.query(file.sql);
        await client.query("INSERT INTO public.schema_migrations (version, name) VALUES ($1, $2)", [file.version, file.name]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${file.filename} failed.`, { cause: error });
      }
      appliedNow.push(file.filename);
    }
    return { appliedNow };
  } finally {
    await release();
    client.release();
  }
}
