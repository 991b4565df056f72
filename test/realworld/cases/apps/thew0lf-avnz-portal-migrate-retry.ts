// Source: thew0lf/avnz-portal — apps/api/src/migrate.ts (migrate), reduced by hand, not copied
// Label: safe
// Why: each attempt releases after runMigrations succeeds and returns at once; the catch's guarded release is reached only from a failed connect or a failed runMigrations of the same turn, and `let client;` in the loop's body starts every turn undefined, so a later turn whose connect() throws finds no earlier client to release again
import { pool } from "./db.js";

async function runMigrations(client: any): Promise<void> {
  await client.query("create table if not exists schema_migrations (id text primary key)");
  await client.query("create table if not exists organizations (id uuid primary key, code text unique)");
}

export async function migrate() {
  const maxAttempts = Number(process.env.MIGRATE_MAX_ATTEMPTS || 30);
  const delayMs = Number(process.env.MIGRATE_RETRY_DELAY_MS || 2000);

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    let client: any;
    try {
      client = await pool.connect();
      await runMigrations(client);
      client.release();
      return;
    } catch (e: any) {
      if (client) {
        try {
          client.release();
        } catch {}
      }
      const msg = e?.message || String(e);
      const final = attempt === maxAttempts;
      console.warn(`Migration attempt ${attempt}/${maxAttempts} failed: ${msg}`);
      if (final) {
        console.error("Migrations failed after maximum retries.");
        throw e;
      }
      await new Promise((res) => setTimeout(res, delayMs));
    }
  }
}
