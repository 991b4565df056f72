// Source: BenLubar/nodebb-postgres-converter — writer/postgres/transaction.js (transaction), reduced by hand, not copied
// Label: safe
// Why: `console.time(label)` between connect() and the try does not throw; START TRANSACTION, the callback and COMMIT are in the try, ROLLBACK in the catch, release in the finally
"use strict";

async function transaction(label, pool, callback) {
  const client = await pool.connect();
  console.time(label);

  try {
    await client.query("START TRANSACTION");
    await callback(client);
    await client.query("COMMIT");
  } catch (ex) {
    await client.query("ROLLBACK");
    console.error("Transaction failed: " + label);
    throw ex;
  } finally {
    console.timeEnd(label);
    client.release();
  }
}

module.exports = transaction;
