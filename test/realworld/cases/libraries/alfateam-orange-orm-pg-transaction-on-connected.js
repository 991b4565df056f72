// Source: alfateam/orange-orm — src/pg/newTransaction.js (begin, onConnected), reduced by hand, not copied
// Label: hand-over
// Why: a named callback declared below the call stores the client and its `done` on the transaction object; commit or rollback calls `rdb.dbClientDone` later
"use strict";

const wrapQuery = (domain, client) => (query, cb) => client.query(query.sql(), query.parameters, cb);

function newTransaction(domain, pool) {
  const rdb = { cache: {}, changes: [] };

  return function (onSuccess, onError) {
    pool.connect(onConnected);

    function onConnected(err, client, done) {
      try {
        if (err) {
          onError(err);
          return;
        }
        client.executeQuery = wrapQuery(domain, client);
        rdb.dbClient = client;
        rdb.dbClientDone = done;
        domain.rdb = rdb;
        onSuccess();
      } catch (e) {
        onError(e);
      }
    }
  };
}

module.exports = newTransaction;
