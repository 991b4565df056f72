// Source: https://github.com/brianc/node-postgres/pull/274 ("Connection Pool refactor": the first example of the new `done` API), reduced by hand, not copied
// Label: safe
// Why: the client is held for a second and `done()` returns it from the timer, whether or not it was used
var pg = require("pg");

pg.connect(function (err, client, done) {
  setTimeout(function () {
    done();
  }, 1000);
});
