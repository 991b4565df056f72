// Source: timgit/pg-boss — src/db.js (Db.execute, before commit 574363c moved to a pg.Pool), reduced by hand, not copied
// Label: safe
// Why: the legacy module-level pool (`pg.connect(config, cb)` of pg < 7): a connect error calls `done()` and returns, the query callback settles the promise and then calls `done()`
"use strict";

const pg = require("pg");

class Db {
  constructor(config) {
    this.config = config.connectionString || config;
  }

  execute(query) {
    if (query.values && !Array.isArray(query.values)) query.values = [query.values];
    const config = this.config;
    return new Promise(deferred);

    function deferred(resolve, reject) {
      pg.connect(config, (err, client, done) => {
        if (err) {
          reject(err);
          return done();
        }
        client.query(query, (queryErr, result) => {
          if (queryErr) reject(queryErr);
          else resolve(result);
          done();
        });
      });
    }
  }
}

module.exports = Db;
