// Source: timgit/pg-boss — src/db.js (Db.execute, before commit f4d4f4a replaced it with pool.query), reduced by hand, not copied
// Label: safe
// Why: callback style inside a promise executor: a connect error rejects before any client exists, and `done(err)` is the first statement of the query callback
"use strict";

const pg = require("pg");

class Db {
  constructor(config) {
    this.pool = new pg.Pool({ connectionString: config.connectionString, max: config.poolSize });
  }

  execute(query) {
    if (query.values && !Array.isArray(query.values)) query.values = [query.values];
    return new Promise((resolve, reject) => {
      this.pool.connect((err, client, done) => {
        if (err) return reject(err);
        client.query(query, (queryErr, result) => {
          done(queryErr);
          if (queryErr) reject(queryErr);
          else resolve(result);
        });
      });
    });
  }
}

module.exports = Db;
