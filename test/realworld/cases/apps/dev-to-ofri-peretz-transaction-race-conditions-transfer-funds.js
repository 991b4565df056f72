// Source: https://dev.to/ofri-peretz/transaction-race-conditions-why-begin-on-pool-breaks-everything-117h (the post's fix: "one client for the whole transaction"), reduced by hand, not copied
// Label: safe
// Why: BEGIN, both UPDATEs and COMMIT run on the checked-out client in the try; ROLLBACK and rethrow in the catch, release in the finally
const { Pool } = require("pg");

const pool = new Pool();

async function transferFunds(from, to, amount) {
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

module.exports = { transferFunds };
