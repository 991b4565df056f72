// Source: neiist-dev/neiist-website — backend/db/db.js (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the module's getClient returns the checked-out client; its callers release it
const { Pool } = require("pg");

const pool = new Pool();

module.exports = {
  async query(text, params) {
    return pool.query(text, params);
  },
  async getClient() {
    const client = await pool.connect();
    return client;
  },
};
