// Source: kristok/node-pgq — lib/db.js (self.query), reduced by hand, not copied
// Label: safe
// Why: pg's old module-level pool (`pg.connect(conString, cb)`): a connect error returns before any client exists, and `done()` is the first thing the query callback does
var pg = require("pg");

module.exports = function (conString) {
  var self = { conString: conString };

  self.query = function (query, params, callback) {
    if (typeof query !== "string") throw new Error("db.query is not a string");
    pg.connect(self.conString, function (err, client, done) {
      if (err) return callback(err);
      client.query(query, params, function (err, result) {
        done();
        if (callback) callback(err, result && result.rows);
      });
    });
  };

  return self;
};
