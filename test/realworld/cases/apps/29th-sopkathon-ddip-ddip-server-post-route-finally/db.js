const { Pool } = require("pg");

const pool = new Pool();

const connect = async (req) => {
  const client = await pool.connect();
  return client;
};

module.exports = { connect };
