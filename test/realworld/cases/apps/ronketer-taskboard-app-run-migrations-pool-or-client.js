// Source: ronketer/taskboard-app — server/db/migrate.js at 119a17a (runMigrations), reduced by hand, not copied
// Label: safe
// Why: the runner takes a pool or a client: `const client = isPool ? await poolOrClient.connect() : poolOrClient`; every migration step runs inside the try, and the finally releases only what it checked out itself (`if (isPool && …) client.release()`)
const fs = require("fs");
const path = require("path");

const MIGRATIONS_DIR = path.join(__dirname, "migrations");

async function ensureMigrationTable(client) {
  await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY)");
}

async function getApplied(client) {
  const { rows } = await client.query("SELECT name FROM schema_migrations");
  return new Set(rows.map((r) => r.name));
}

async function applyMigration(client, name, sql) {
  await client.query("BEGIN");
  try {
    await client.query(sql);
    await client.query("INSERT INTO schema_migrations (name) VALUES ($1)", [name]);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  }
}

const runMigrations = async (poolOrClient, options = {}) => {
  const { silent = false } = options;
  const isPool = typeof poolOrClient.connect === "function";
  const client = isPool ? await poolOrClient.connect() : poolOrClient;

  try {
    await ensureMigrationTable(client);
    const applied = await getApplied(client);
    const pending = fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith(".sql") && !applied.has(f)).sort();
    const done = [];
    for (const name of pending) {
      const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, name), "utf8");
      await applyMigration(client, name, sql);
      if (!silent) console.log(`applied ${name}`);
      done.push(name);
    }
    return { applied: done };
  } finally {
    if (isPool && typeof client.release === "function") {
      client.release();
    }
  }
};

module.exports = { runMigrations };
