// Source: vitaly-t/pg-promise — test/db/init.js (getPgVersion), reduced by hand, not copied
// Label: safe
// Why: pg-promise's own `db.connect()` returns a shared-connection object released with `c.done()`; reading `c.client.serverVersion` afterwards only reads a property of the (pg-promise) object
const pgp = require("pg-promise")();

const db = pgp(process.env.DATABASE_URL);

async function getPgVersion() {
  const c = await db.connect();
  c.done();
  return c.client.serverVersion;
}

module.exports = { getPgVersion };
