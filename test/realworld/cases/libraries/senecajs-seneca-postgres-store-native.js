// Source: senecajs/seneca-postgres-store — postgresql-store.js (store.native), reduced by hand, not copied
// Label: hand-over
// Why: the store's `native` action gives the raw pool client to the caller's node-style callback (`done(client)`), whose code owns it and must release it
"use strict";

const Pg = require("pg");

module.exports = function postgresStore(seneca, options) {
  const dbPool = new Pg.Pool(options);

  const store = {
    name: "postgresql-store",

    close: function (_msg, done) {
      dbPool.end().then(done).catch(done);
    },

    native: function (_msg, done) {
      dbPool.connect().then(done).catch(done);
    },
  };

  return seneca.store.init(seneca, options, store);
};
