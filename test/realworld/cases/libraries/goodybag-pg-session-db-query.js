// Source: goodybag/pg-session — lib/pg-session.js (db.query), reduced by hand, not copied
// Label: safe
// Why: pg's old module-level pool: the connect error returns before any client, and `done()` is the query callback's first statement
var pg = require("pg");

var db = {
  query: function (connStr, query, values, callback) {
    if (typeof values == "function") {
      callback = values;
      values = [];
    }
    pg.connect(connStr, function (error, client, done) {
      if (error) return callback ? callback(error) : null;
      client.query(query, values, function (error, result) {
        done();
        if (error) return callback ? callback(error) : null;
        if (callback) callback(null, result);
      });
    });
  },
};

module.exports = db;
