// Source: jebas/connect-pg — Readme.md at 243c5c4 (PR #5 "fix for newer version of node-postgres": `pgConnect` now hands `done` on, and every store method calls it in its query callback), reduced by hand, not copied
// Label: hand-over
// Why: the checkout and its `done` go together to the store's callback, and lib/connect-pg.js at the same commit calls `done()` first in each query callback, so the store gives every client back
var pg = require("pg");
var PGStore = require("connect-pg");

function pgConnect(callback) {
  pg.connect("tcp://nodepg:password@localhost/pgstore", function (err, client, done) {
    if (err) {
      console.log(JSON.stringify(err));
    }
    if (client) {
      callback(client, done);
    }
  });
}

module.exports = new PGStore(pgConnect);
