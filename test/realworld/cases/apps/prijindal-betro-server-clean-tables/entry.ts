// Source: prijindal/betro-server — src/scripts/clean.ts at b385219 (cleanAllTables), reduced by hand, not copied
// Label: safe
// Why: the drops run between BEGIN and COMMIT in a try whose finally releases; the catch rolls back and rethrows, and the script exits after the finally
import pool from "./db/postgres";

const cleanAllTables = async () => {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    await client.query("DROP TABLE IF EXISTS posts;");
    await client.query("DROP TABLE IF EXISTS access_tokens;");
    await client.query("DROP TABLE IF EXISTS users;");
    await client.query("DROP TABLE IF EXISTS migrations;");
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
  process.exit();
};

cleanAllTables();
