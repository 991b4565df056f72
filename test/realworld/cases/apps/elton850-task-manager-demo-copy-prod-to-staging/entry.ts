// Source: Elton850/Task-Manager-Demo — scripts/copy-prod-to-staging.ts at 4d5a7ec (main), reduced by hand, not copied
// Label: leak
// Why: the production → staging copy checks out the target client, then awaits the source pool's checkout (in the script, `sourcePool.connect()` on the next line; here through ./source.js, one acquisition site a case) before the try; when the production database refuses the connection the target client is never released
import { Pool } from "pg";
import { sourcePool } from "./source.js";

const TABLES = [
  { name: "tenants", columns: ["id", "name"] },
  { name: "users", columns: ["id", "tenant_id", "email"] },
];

async function main() {
  const targetPool = new Pool({ connectionString: process.env.SUPABASE_DB_URL });

  const targetClient = await targetPool.connect();
  const sourceClient = await sourcePool.checkout();

  try {
    await targetClient.query("BEGIN");
    await targetClient.query("DELETE FROM users");
    await targetClient.query("DELETE FROM tenants");
    await targetClient.query("COMMIT");

    for (const { name, columns } of TABLES) {
      const res = await sourceClient.query(`SELECT * FROM ${name}`);
      for (const row of res.rows) {
        const values = columns.map((c) => row[c]);
        const placeholders = columns.map((_, i) => `$${i + 1}`).join(", ");
        try {
          await targetClient.query(`INSERT INTO ${name} (${columns.join(", ")}) VALUES (${placeholders})`, values);
        } catch (err) {
          console.error(`[ERRO] ${name} id=${row.id}: ${(err as Error).message}`);
        }
      }
    }
  } catch (err) {
    await targetClient.query("ROLLBACK").catch(() => {});
    console.error(err);
    process.exit(1);
  } finally {
    sourceClient.release();
    targetClient.release();
    await sourcePool.end();
    await targetPool.end();
  }
}

main();
