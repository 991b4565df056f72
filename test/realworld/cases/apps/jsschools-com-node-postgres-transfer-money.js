// Source: https://jsschools.com/node/postgres (the lesson's "Transactions" example, 2026), reduced by hand, not copied
// Label: safe
// Why: BEGIN, both UPDATEs and COMMIT run in the try; ROLLBACK and rethrow in the catch, release in the finally
import pg from "pg";

const { Pool } = pg;
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function transferMoney(from, to, amount) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("UPDATE accounts SET balance = balance - $1 WHERE id = $2", [amount, from]);
    await client.query("UPDATE accounts SET balance = balance + $1 WHERE id = $2", [amount, to]);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
