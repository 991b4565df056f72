// Source: https://github.com/brianc/node-pg-pool/issues/36 (the reporter's five checkouts on a pool of two), reduced by hand, not copied
// Label: safe
// Why: both the connect-error branch and the query callback call `done(client)`; a truthy argument makes pg-pool destroy the client instead of reusing it, but it leaves the pool either way (the thread is about waiting checkouts not being served after that, a pg-pool bug of the time)
"use strict";

const pg = require("pg");

const databasePool = new pg.Pool({ max: 2 });

for (let i = 0; i < 5; i++) {
  databasePool.connect((err, client, done) => {
    if (err) {
      done(client);
      return console.log(err);
    }
    client.query("select pg_sleep(1)", [], (queryErr) => {
      done(client);
      if (queryErr) {
        console.log(queryErr);
      }
    });
  });
}
