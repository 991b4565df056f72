// Source: senecajs/seneca-postgres-store — lib/postgresql-store.js at 0d943bf (store.native, pg's module-level pool), reduced by hand, not copied
// Label: hand-over
// Why: the caller's callback is given to `Pg.connect` itself, so it receives the client and its release function and owns both
var Pg = require("pg");

module.exports = function (seneca, opts) {
  var pgConf = opts;

  var store = {
    name: "postgresql-store",

    close: function (args, done) {
      Pg.end();
      done();
    },

    native: function (args, done) {
      Pg.connect(pgConf, done);
    },
  };

  return seneca.store.init(seneca, opts, store);
};
