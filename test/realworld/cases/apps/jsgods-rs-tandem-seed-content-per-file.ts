// Source: jsgods-rs-tandem/rs-tandem — packages/backend/src/scripts/seed-content.ts (main), reduced by hand, not copied
// Label: safe
// Why: one checkout per content file inside the loop; reading, parsing and the transaction are in the try, the catch rolls back and rethrows, the finally releases before the next file
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Pool, type PoolClient } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function upsertFile(client: PoolClient, name: string, content: unknown) {
  await client.query("INSERT INTO content (name, body) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET body = $2", [
    name,
    JSON.stringify(content),
  ]);
}

async function main() {
  const dir = process.env.CONTENT_DIR ?? join(__dirname, "..", "content");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();

  for (const file of files) {
    const client = await pool.connect();
    try {
      const content = JSON.parse(readFileSync(join(dir, file), "utf8")) as unknown;
      await client.query("BEGIN");
      await upsertFile(client, file, content);
      await client.query("COMMIT");
    } catch (error: unknown) {
      await client.query("ROLLBACK");
      console.error(`failed ${file}`, error);
      throw error;
    } finally {
      client.release();
    }
  }

  await pool.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
