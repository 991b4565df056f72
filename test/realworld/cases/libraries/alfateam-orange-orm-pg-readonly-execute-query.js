// Source: alfateam/orange-orm — src/pg/newTransaction.js (the read-only dbClient.executeQuery), reduced by hand, not copied
// Label: safe
// Why: the query runs in a try whose catch calls `done()`; the query callback calls `done()` before handing the result on
"use strict";

const wrapQuery = (domain, client) => (query, cb) => client.query(query.sql(), query.parameters, cb);

function newReadonlyClient(domain, pool) {
  return {
    executeQuery: function (query, callback) {
      pool.connect((err, client, done) => {
        if (err) {
          return callback(err);
        }
        try {
          wrapQuery(domain, client)(query, (err, res) => {
            done();
            callback(err, res);
          });
        } catch (e) {
          done();
          callback(e);
        }
      });
    },
  };
}

module.exports = newReadonlyClient;
