// Source: DEFRA/water-abstraction-service — src/modules/import/lib/db.js at 0a2df87c4 (dbQuery), reduced by hand, not copied
// Label: safe
// Why: the pool is destructured from a local module's object export; the query and the release are in try and the catch releases before rethrowing
const { pool } = require("./db");

const dbQuery = async (sql, params = []) => {
  const client = await pool.connect();
  try {
    const res = await client.query(sql, params);
    client.release();
    return res.rows;
  } catch (error) {
    console.error(error);
    client.release();
    throw error;
  }
};

module.exports = { dbQuery };
