// Source: jtwebman/node-express-postgres-docker-todo — data/db-client.js (waitDBConnect), reduced by hand, not copied
// Label: safe
// Why: pg-promise's `db.connect()` connection is given back with `conn.done()` right after, nothing in between can throw
const pgPromise = require("pg-promise");
const retry = require("async-retry");

const pgp = pgPromise({ capSQL: true });

function waitForDatabase(db, retries = 6) {
  return retry(
    async () => {
      const conn = await db.connect();
      conn.done();
      return db;
    },
    { retries },
  );
}

module.exports = { getDb: (conn) => pgp(conn), waitForDatabase };
