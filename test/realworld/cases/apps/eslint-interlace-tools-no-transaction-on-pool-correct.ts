// Source: https://eslint.interlace.tools/docs/pg/rules/no-transaction-on-pool (eslint-plugin-pg's "Correct" example), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the INSERT and COMMIT run on the checked-out client inside the try; ROLLBACK and rethrow in the catch, release in the finally
import { Pool } from "pg";

const pool = new Pool();

export async function addUser(user: string) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("INSERT INTO users VALUES ($1)", [user]);
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}
