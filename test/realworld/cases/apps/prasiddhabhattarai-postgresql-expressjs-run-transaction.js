// Source: PrasiddhaBhattarai/PostgreSQL-ExpressJS — src/concepts/02_pool_connect.js (runTransaction), reduced by hand, not copied
// Label: safe
// Why: the tutorial's transaction: BEGIN, two inserts and COMMIT in a try, ROLLBACK in the catch (which logs instead of rethrowing), release in the finally
import pool from "../db/pool.js";

export async function runTransaction() {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    await client.query("INSERT INTO users(name) VALUES($1)", ["Alice"]);
    await client.query("INSERT INTO logs(message) VALUES($1)", ["User added"]);
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    console.error("Transaction error:", e);
  } finally {
    client.release();
  }
}
