// Source: Khomurod/bot-backend — database/migrate/runner.js (applyInTransaction), reduced by hand, not copied
// Label: safe
// Why: between the checkout and the try only `process.hrtime.bigint()` reads the monotonic clock (it cannot throw); BEGIN, the migration and COMMIT run in the try, ROLLBACK in the catch, and the finally releases
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

function elapsedMs(started) {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function applyInTransaction(migration) {
  const client = await pool.connect();
  const started = process.hrtime.bigint();
  try {
    await client.query("BEGIN");
    await client.query(migration.sql);
    await client.query(
      "INSERT INTO schema_migrations (version, checksum, execution_ms) VALUES ($1, $2, $3)",
      [migration.version, migration.checksum, elapsedMs(started)],
    );
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

module.exports = { applyInTransaction };
