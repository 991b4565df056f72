// Source: https://leyaa.ai/codefly/learn/nodejs/part-3/nodejs-transaction-handling (the lesson's doTransaction pattern), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the work and COMMIT sit in the try; the catch rolls back and rethrows and the finally releases on every path
import pkg from "pg";
const { Pool } = pkg;

const pool = new Pool({ user: "user", host: "localhost", database: "testdb", password: "password", port: 5432 });

export async function doTransaction(fromId, toId) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("UPDATE accounts SET balance = balance - 100 WHERE id = $1", [fromId]);
    await client.query("UPDATE accounts SET balance = balance + 100 WHERE id = $1", [toId]);
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}
