// Source: HugoDF/express-postgres-starter — src/migrations/1550969025172-authentication.js at 35738dd (up), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the starter's first migration (copied into every project started from it) checks a client out of the app's pool and destroys it with `release(true)` only after both statements: a CREATE that fails rejects `up` with the client still checked out
const db = require("./db");

module.exports.up = async function (next) {
  const client = await db.connect();

  await client.query(`
  CREATE TABLE IF NOT EXISTS users (id uuid PRIMARY KEY, email text UNIQUE, password text);
  CREATE TABLE IF NOT EXISTS sessions (id uuid PRIMARY KEY, user_id uuid REFERENCES users (id) ON DELETE CASCADE);
  `);

  await client.query(`
  CREATE INDEX users_email on users (email);
  CREATE INDEX sessions_user on sessions (user_id);
  `);

  await client.release(true);
  next();
};
