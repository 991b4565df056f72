// Source: knex/knex — lib/dialects/postgres/index.js (_acquireOnlyConnection), reduced by hand, not copied
// Label: safe
// Why: a dedicated `pg.Client` created for knex's own pool, connected and returned; no pg pool checkout
class PgClientSketch {
  _acquireOnlyConnection() {
    const connection = new this.driver.Client(this.connectionSettings);
    connection.on("error", (err) => {
      connection.__knex__disposed = err;
    });
    connection.on("end", (err) => {
      connection.__knex__disposed = err || "Connection ended unexpectedly";
    });
    return connection.connect().then(() => connection);
  }
}

module.exports = PgClientSketch;
