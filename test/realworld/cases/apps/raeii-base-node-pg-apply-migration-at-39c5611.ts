// Source: RaeII/base_node_pg — scripts/migrate.ts at 39c5611 (applyMigration, "feat: pg config", which moved the migration runner from one dedicated Client to a small pool), reduced by hand, not copied
// Label: safe
// Why: each attempt checks a client out and its finally releases it, destroying it (`release(true)`) after a fatal connection error or a failed ROLLBACK; a lock timeout sleeps and `continue`s from the catch, which runs the finally before the next attempt's checkout
import { Pool } from "pg";

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

const MAX_RETRIES = 5;
const LOCK_RETRY_BASE_MS = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const isFatalConnError = (err: any): boolean => ["57P01", "08006", "08003"].includes(err?.code) || err?.code === "ECONNRESET";
const isLockTimeoutError = (err: any): boolean => err?.code === "55P03";

export async function applyMigration(pool: Pool, mig: MigrationFile): Promise<void> {
  let attempt = 0;
  while (true) {
    const client = await pool.connect();
    let destroy = false;
    try {
      await client.query("SET lock_timeout = '2s'");
      await client.query("SET statement_timeout = '60s'");

      await client.query("BEGIN");
      await client.query(mig.sql);
      await client.query("INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)", [mig.name, mig.checksum]);
      await client.query("COMMIT");
      console.log(`  ok ${mig.name}`);
      return;
    } catch (err: any) {
      if (isFatalConnError(err)) {
        destroy = true;
      } else {
        try {
          await client.query("ROLLBACK");
        } catch {
          destroy = true;
        }
      }

      if (isLockTimeoutError(err) && ++attempt < MAX_RETRIES) {
        const backoff = LOCK_RETRY_BASE_MS * 2 ** attempt + Math.random() * 200;
        console.warn(`  ${mig.name}: lock timeout, retry ${attempt}/${MAX_RETRIES - 1} in ${Math.round(backoff)}ms`);
        await sleep(backoff);
        continue;
      }

      console.error(`  failed ${mig.name}: ${err?.message ?? err}`);
      throw err;
    } finally {
      client.release(destroy);
    }
  }
}
