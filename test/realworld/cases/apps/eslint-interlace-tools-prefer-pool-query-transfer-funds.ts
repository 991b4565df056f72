// Source: https://eslint.interlace.tools/docs/pg/rules/prefer-pool-query (eslint-plugin-pg's "correct" example of when to check out a client), reduced by hand, not copied
// Label: safe
// Why: the transaction runs entirely inside the try; ROLLBACK and rethrow in the catch, `client.release()` in the finally
import { Pool } from "pg";

const pool = new Pool();

export async function transferFunds(from: string, to: string, amount: number) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("UPDATE accounts SET balance = balance - $1 WHERE id = $2", [amount, from]);
    await client.query("UPDATE accounts SET balance = balance + $1 WHERE id = $2", [amount, to]);
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}
