// Source: tungvotan/sample-event-sourcing-app — runMigrations.ts at 0a3460f (runMigrations), reduced by hand, not copied
// Label: safe
// Why: the app queries through Kysely's PostgresDialect; its migration script makes its own pg Pool, checks out, runs every .sql file between BEGIN and COMMIT in a try whose catch rolls back and logs, and releases (then ends the pool) in the finally
import { Pool } from "pg";
import * as fs from "fs";
import * as path from "path";

const runMigrations = async () => {
  const pool = new Pool({ host: "localhost", port: 5432, database: "whoz_es" });

  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    const files = fs.readdirSync(path.join(__dirname, "migrations")).sort();
    for (const file of files) {
      const sql = fs.readFileSync(path.join(__dirname, "migrations", file), "utf8");
      console.log(`Running migration: ${file}`);
      await client.query(sql);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    console.error("Migration failed:", error);
  } finally {
    client.release();
    await pool.end();
  }
};

runMigrations().catch(console.error);
