// Source: Polycast-team/polycast — polycast-backend/src/profile-data/migrate.js (run), reduced by hand, not copied
// Label: safe
// Why: every step is inside the try; the catch rolls back and exits the process, the finally releases and ends the pool
const fs = require("fs");
const path = require("path");
const pool = require("./pool");

async function run() {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const dir = path.join(__dirname, "migrations");
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".sql")).sort()) {
      const text = fs.readFileSync(path.join(dir, name), "utf8");
      if (text.trim()) await client.query(text);
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    console.error("migrate failed", e);
    process.exit(1);
  } finally {
    client.release();
    await pool.end();
  }
}

run();
