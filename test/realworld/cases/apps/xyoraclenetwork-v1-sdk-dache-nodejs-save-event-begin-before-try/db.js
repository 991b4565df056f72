const { Pool } = require("pg");

const pool = new Pool({ host: "localhost", database: "dache" });

module.exports.query = (text, params, callback) => pool.query(text, params, callback);

module.exports.getClient = async () => {
  return await pool.connect();
};
