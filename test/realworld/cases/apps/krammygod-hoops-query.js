// Source: KrammyGod/hoops — modules/database.js (query), reduced by hand, not copied
// Label: safe
// Why: every statement runs in a transaction whose client is released in finally
const { Pool } = require("pg");

const pool = new Pool();

async function query(text, params) {
  const client = await pool.connect();
  let result;
  try {
    await client.query("BEGIN");
    result = await client.query(text, params);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  return result;
}

module.exports = { query };
