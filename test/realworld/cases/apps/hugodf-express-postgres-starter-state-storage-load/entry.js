// Source: HugoDF/express-postgres-starter — src/persistence/postgres-state-storage.js at 35738dd (load), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the starter's migrate state store calls `await db.connect()` on the pool as if it opened a connection, then queries through the pool: the client it checked out is dropped and never released, one per load (the migrate CLI exits after, a server calling it would not)
const db = require("./db");

const ensureMigrationsTable = (db) =>
  db.query("CREATE TABLE IF NOT EXISTS migrations (id integer PRIMARY KEY, data jsonb NOT NULL)");

const postgresStateStorage = {
  async load(fn) {
    await db.connect();

    await ensureMigrationsTable(db);
    const { rows } = await db.query("SELECT data FROM migrations");

    if (rows.length !== 1) {
      console.log("Cannot read migrations from database.");
      return fn(null, {});
    }

    fn(null, rows[0].data);
  },
};

module.exports = Object.assign(() => postgresStateStorage, postgresStateStorage);
