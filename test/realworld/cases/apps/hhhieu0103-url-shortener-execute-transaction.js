// Source: hhhieu0103/url-shortener — url-shortener/config/database.js at b498868 (executeTransaction; db.js's execute_txn before the refactor), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the caller's work and COMMIT run in the try and the finally releases; the catch only rethrows (no ROLLBACK, so a failed transaction's client goes back aborted, which pg's next user sees as an error, not a leak)
require("dotenv").config();
const { Pool } = require("pg");

const pool = new Pool();

const executeTransaction = async (callbackFn, ...parameters) => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await callbackFn(client, ...parameters);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    throw err;
  } finally {
    client.release();
  }
};

module.exports = { pool, executeTransaction };
