// Source: pt3-labs-contractor/PT3Labs_Contractor_BE — db/index.js (query), reduced by hand, not copied
// Label: safe
// Why: BEGIN/query/COMMIT in try, ROLLBACK in catch, `await client.release()` in finally (the catch returns the error instead of throwing)
const { Pool } = require("pg");

const pool = new Pool();

async function query(text, values) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await client.query(text, values);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    return error;
  } finally {
    await client.release();
  }
}

module.exports = { query };
