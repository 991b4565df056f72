// Source: dirigeants/klasa-pieces — providers/postgresql.js at 3ccc6e0^ (the provider's init, before PR #106 "Fixed connection pool termination for Postgres"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: init() awaits `this.db.connect()` only to check the database is reachable and drops the client it returns: it is never released, and shutdown()'s `this.db.end()` then waits for it forever (what PR #106 fixed by keeping and releasing it)
const { SQLProvider } = require("klasa");
const { Pool } = require("pg");

module.exports = class extends SQLProvider {
  constructor(...args) {
    super(...args);
    this.db = null;
  }

  async init() {
    const settings = Object.assign(
      { host: "localhost", port: 5432, database: "klasa", options: { max: 20, idleTimeoutMillis: 30000, connectionTimeoutMillis: 2000 } },
      this.client.options.providers.postgresql,
    );
    this.db = new Pool(Object.assign({ host: settings.host, port: settings.port, user: settings.user, password: settings.password, database: settings.database }, settings.options));
    this.db.on("error", (err) => this.client.emit("error", err));
    await this.db.connect();
  }

  shutdown() {
    return this.db.end();
  }

  runAll(sql) {
    return this.db.query(sql).then((result) => result.rows);
  }
};
