// Source: thechosenbynone-coder/logistica_pessoal_app_portal — server/src/setPinsBulkCli.js at 0dbfbfe (run), reduced by hand, not copied
// Label: safe
// Why: a CLI script: all work after connect() is in try (an early `return` included), the catch rolls back and rethrows, finally releases and ends the pool
import pg from "pg";
import bcrypt from "bcryptjs";

const { Pool } = pg;

const run = async () => {
  if (!process.env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set");
  }
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });
  const client = await pool.connect();
  try {
    const columns = await client.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'employees'");
    if (columns.rows.length === 0) {
      throw new Error("schema is missing columns; run the migrations first");
    }
    await client.query("BEGIN");
    const found = await client.query("SELECT id FROM employees WHERE access_pin_hash IS NULL");
    if (found.rows.length === 0) {
      await client.query("ROLLBACK");
      console.log("nothing to update");
      return;
    }
    for (const { id } of found.rows) {
      const hash = await bcrypt.hash(String(Math.random()).slice(2, 6), 10);
      await client.query("UPDATE employees SET access_pin_hash = $1 WHERE id = $2", [hash, id]);
    }
    await client.query("COMMIT");
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch {
      // ignored
    }
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
};

run().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
