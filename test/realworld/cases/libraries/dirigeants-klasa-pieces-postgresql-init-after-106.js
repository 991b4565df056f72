// Source: dirigeants/klasa-pieces — providers/postgresql.js at 3ccc6e0 (the provider's init, as PR #106 "Fixed connection pool termination for Postgres" left it), reduced by hand, not copied
// Label: hand-over
// Why: the probe's client is kept in `this.dbconnection` and given back by shutdown() before the pool ends; nothing can throw between the checkout and the store
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
    this.dbconnection = await this.db.connect();
  }

  shutdown() {
    this.dbconnection.release();
    return this.db.end();
  }

  runAll(sql) {
    return this.db.query(sql).then((result) => result.rows);
  }
};
