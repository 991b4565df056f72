// Source: kevindurb/growth_framework — server/gateways/usersGateway.js (getUserByEmail), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the login path's lookup takes a client from db.getClient() (server/db.js: `return pool.connect()`) on every call and only returns the query's promise; nothing ever releases it, so each login keeps one pool slot
const db = require("./db");

module.exports = {
  async getUserByEmail(email) {
    const client = await db.getClient();
    const sql = `
      SELECT *
      FROM users
      WHERE email = $1
      LIMIT 1
    `;
    return client.query(sql, [email]).then(db.getSingle);
  },
};
