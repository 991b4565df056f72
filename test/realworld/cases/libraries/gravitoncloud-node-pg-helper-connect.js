// Source: gravitoncloud/node-pg-helper — index.js (module.exports.connect), reduced by hand, not copied
// Label: hand-over
// Why: the module's pool is kept in `_client` (a pg Pool despite the name) and its checkout is returned to the caller
const { Pool } = require("pg");

var _client = null;

if (process.env.DATABASE_URL) {
  _client = new Pool({ connectionString: process.env.DATABASE_URL });
}

module.exports = {
  setClient: function (postgresClient) {
    _client = postgresClient;
  },
  connect: async function () {
    return await _client.connect();
  },
  query: async function (text, values) {
    return await _client.query(text, values);
  },
};
