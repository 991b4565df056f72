// Source: dirigeants/klasa-pieces — providers/cockroachdb.js at f772d54 (the provider's init; PR #106 fixed only its PostgreSQL sibling), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the same probe as postgresql.js before PR #106: `await this.db.connect()` checks a client out of the pg Pool and drops it, so it is never released and shutdown()'s `this.db.end()` never finishes
const { SQLProvider } = require("klasa");
const { Pool } = require("pg");

module.exports = class extends SQLProvider {
  constructor(...args) {
    super(...args);
    this.db = null;
  }

  async init() {
    const settings = Object.assign(
      { host: "localhost", port: 26257, database: "klasa", options: { max: 20, idleTimeoutMillis: 30000, connectionTimeoutMillis: 2000 } },
      this.client.options.providers.cockroachdb,
    );
    this.db = new Pool(Object.assign({ host: settings.host, port: settings.port, user: settings.user, password: settings.password, database: settings.database }, settings.options));
    this.db.on("error", (err) => this.client.emit("error", err));
    await this.db.connect();
  }

  shutdown() {
    return this.db.end();
  }
};
