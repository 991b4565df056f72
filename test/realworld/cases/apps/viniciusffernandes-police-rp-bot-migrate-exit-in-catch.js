// Source: ViniciusFFernandes/police-rp-bot — database/migrate.js at 19be2bf0 (migrate), reduced by hand, not copied
// Label: safe
// Why: a Discord role-play bot's migration script runs every statement in one try: `continue` for files already applied, BEGIN…COMMIT per file; the catch rolls back and exits the process, the finally releases and ends the pool
require("dotenv").config();
const fs = require("fs");
const path = require("path");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function migrate() {
  const client = await pool.connect();
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS migrations (id SERIAL PRIMARY KEY, filename VARCHAR(255) NOT NULL UNIQUE)`);

    const dir = path.join(__dirname, "migrations");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".sql")).sort();

    for (const file of files) {
      const { rows } = await client.query("SELECT id FROM migrations WHERE filename = $1", [file]);
      if (rows.length > 0) {
        console.log(`[SKIP] ${file}`);
        continue;
      }

      const sql = fs.readFileSync(path.join(dir, file), "utf8");
      await client.query("BEGIN");
      await client.query(sql);
      await client.query("INSERT INTO migrations (filename) VALUES ($1)", [file]);
      await client.query("COMMIT");
    }
  } catch (err) {
    await client.query("ROLLBACK");
    console.error("Migration error:", err.message);
    process.exit(1);
  } finally {
    client.release();
    await pool.end();
  }
}

migrate();
