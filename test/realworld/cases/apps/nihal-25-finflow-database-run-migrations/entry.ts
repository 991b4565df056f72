// Source: nihal-25/FinFlow — packages/database/src/migrate.ts (runMigrations), reduced by hand, not copied
// Label: safe
// Why: one checkout per pending file inside the loop; BEGIN, the file's SQL, the ledger insert and COMMIT run in a `try` that rolls back and rethrows, the `finally` releases before the next file
import fs from "fs";
import path from "path";
import { Pool } from "pg";

async function runMigrations(connectionString: string): Promise<void> {
  const pool = new Pool({ connectionString });
  try {
    await pool.query("CREATE TABLE IF NOT EXISTS schema_migrations (id SERIAL PRIMARY KEY, name VARCHAR(255) UNIQUE NOT NULL)");
    const migrationsDir = path.join(__dirname, "migrations");
    const files = fs.readdirSync(migrationsDir).filter((f) => f.endsWith(".sql")).sort();
    const executedResult = await pool.query<{ name: string }>("SELECT name FROM schema_migrations ORDER BY name");
    const executed = new Set(executedResult.rows.map((r) => r.name));

    for (const file of files) {
      if (executed.has(file)) {
        continue;
      }
      const sql = fs.readFileSync(path.join(migrationsDir, file), "utf-8");
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query(sql);
        await client.query("INSERT INTO schema_migrations (name) VALUES ($1)", [file]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        console.error(`[migrate] Failed: ${file}`, error);
        throw error;
      } finally {
        client.release();
      }
    }
  } finally {
    await pool.end();
  }
}

export { runMigrations };
