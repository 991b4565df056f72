// Source: db-migrate/pg — index.js (exports.connect), reduced by hand, not copied
// Label: safe
// Why: the migration driver connects a dedicated `pg.Client` (or the caller's) and wraps it; no pool checkout
const pg = require("pg");

class PgDriver {
  constructor(connection, schema) {
    this.connection = connection;
    this.schema = schema;
  }
}

exports.connect = function (config, intern, callback) {
  if (!config.database) {
    config.database = "postgres";
  }
  var db = config.db || new pg.Client(config);
  db.connect(function (err) {
    if (err) {
      callback(err);
    }
    callback(null, new PgDriver(db, config.schema));
  });
};
