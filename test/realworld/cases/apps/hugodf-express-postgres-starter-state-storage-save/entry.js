// Source: HugoDF/express-postgres-starter — src/persistence/postgres-state-storage.js at 35738dd (save), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the state store's save makes the same mistake as load: `await db.connect()` checks a client out of the pool and drops it, and the upsert goes through the pool
const sql = require("sql-template-strings");
const db = require("./db");

const ensureMigrationsTable = (db) =>
  db.query("CREATE TABLE IF NOT EXISTS migrations (id integer PRIMARY KEY, data jsonb NOT NULL)");

const postgresStateStorage = {
  async save(set, fn) {
    await db.connect();

    await ensureMigrationsTable(db);

    const migrationMetaData = { lastRun: set.lastRun, migrations: set.migrations };

    await db.query(sql`
      INSERT INTO migrations (id, data)
      VALUES (1, ${migrationMetaData})
      ON CONFLICT (id) DO UPDATE SET data = ${migrationMetaData}
    `);

    fn();
  },
};

module.exports = Object.assign(() => postgresStateStorage, postgresStateStorage);
