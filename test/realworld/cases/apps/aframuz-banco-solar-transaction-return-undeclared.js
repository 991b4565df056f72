// Source: Aframuz/banco-solar — config/db.config.js at c292898 (transaction), reduced by hand, not copied
// Label: safe
// Why: a Desafío Latam "Banco Solar" exam's transaction helper returns an undeclared `res` after COMMIT, so every call throws a ReferenceError inside the try (the catch sends ROLLBACK after the commit and rethrows); the finally still releases the client on every path
const { Pool } = require("pg");
require("dotenv").config();

const pool = new Pool();

const transaction = async (queries) => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const query of queries) {
      await client.query(query);
    }
    await client.query("COMMIT");
    return res;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
};

module.exports = { transaction };
