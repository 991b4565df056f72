const { Pool } = require("pg");

const pool = new Pool();

module.exports = {
  getClient: () => pool.connect(),
  releaseClient: (client) => client.release(),
  query: (text, params) => pool.query(text, params),
};
