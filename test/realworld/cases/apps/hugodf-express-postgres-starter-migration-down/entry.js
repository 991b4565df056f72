// Source: HugoDF/express-postgres-starter — src/migrations/1550969025172-authentication.js at 35738dd (down), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the starter's down migration has the same shape: `release(true)` only after the DROP, so a DROP that fails (a table already gone) leaves the client checked out
const db = require("./db");

module.exports.down = async function (next) {
  const client = await db.connect();

  await client.query(`
  DROP TABLE sessions;
  DROP TABLE users;
  `);

  await client.release(true);
  next();
};
