// Source: AsadulloAkramov/CRM — utils/pg.js (the exported query function), reduced by hand, not copied
// Label: safe
// Why: the CRM migrates with sequelize-cli but its repositories query through this raw pg helper; the checkout is released in the finally on every path, the catch rethrowing a new Error after logging
const { Pool } = require("pg");
const { POSTGRES } = require("../config");

const pool = new Pool(POSTGRES);

module.exports = async (oneRow, query, ...params) => {
  const client = await pool.connect();
  try {
    const { rows } = await client.query(query, params);
    return oneRow ? rows[0] : rows;
  } catch (error) {
    console.error(error);
    throw new Error(error.message);
  } finally {
    await client.release();
  }
};
