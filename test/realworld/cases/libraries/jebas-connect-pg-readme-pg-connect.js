// Source: jebas/connect-pg — Readme.md (Usage: the `pgConnect` function the session store is given; PR #5 "fix for newer version of node-postgres" asks for `done()`), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `pg.connect` checks a client out of pg's pool and hands it to the store's callback, which runs one query on it; no `done` is taken and nothing gives the client back, so every session read or write keeps one
var pg = require("pg");
var PGStore = require("connect-pg");

function pgConnect(callback) {
  pg.connect("tcp://nodepg:password@localhost/pgstore", function (err, client) {
    if (err) {
      console.log(JSON.stringify(err));
    }
    if (client) {
      callback(client);
    }
  });
}

module.exports = new PGStore(pgConnect);
