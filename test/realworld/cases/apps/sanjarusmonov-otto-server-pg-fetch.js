// Source: SanjarUsmonov/otto-server — src/utils/pg.js (fetch), reduced by hand, not copied
// Label: safe
// Why: the project keeps knex for its migrations and queries through this raw pg helper; the client is released in the finally on every path (the catch only logs)
const { Pool } = require("pg");

const { DB_NAME, DB_HOST, DB_PORT, DB_USER, DB_PASSWORD } = process.env;

const pool = new Pool(`postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:${DB_PORT}/${DB_NAME}`);

const fetch = async (SQL, ...values) => {
  const client = await pool.connect();
  try {
    const { rows } = await client.query(SQL, values.length ? values : null);
    return rows;
  } catch (error) {
    console.log(error);
  } finally {
    client.release();
  }
};

module.exports = { fetch };
