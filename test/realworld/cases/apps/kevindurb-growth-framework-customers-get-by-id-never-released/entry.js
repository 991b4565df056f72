// Source: kevindurb/growth_framework — server/gateways/customersGateway.js (getById), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: every gateway method checks a client out through db.getClient() (server/db.js: `return pool.connect()`), returns the query's promise and never releases the client
const db = require("./db");

module.exports = {
  async getById(id) {
    const client = await db.getClient();
    return client.query("SELECT * FROM customers WHERE id = $1", [id]).then(db.getSingle);
  },
};
