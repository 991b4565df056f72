// Source: ralt/greenshore — entities/postgresql.js at 4ead07b (connect, 2014-05, pg ^3.0.3, bluebird ^1.2.4), reduced by hand, not copied
// Label: safe
// Why: bluebird 1 resolves `pg.connectAsync` with `[client, done]`; spread keeps both on the bound context and the chain's `.finally` calls done() on every outcome, before any caller's query runs (the callers then query a client already given back: a use after release, not a leak); a rejected checkout leaves no client
var Promise = require("bluebird");
var pg = require("pg");
var connString = "postgres://greenshore_user@localhost/greenshore";

Promise.promisifyAll(pg);
Promise.promisifyAll(pg.Client.prototype);

exports.connect = function () {
  return pg
    .connectAsync(connString)
    .bind({})
    .spread(function (client, close) {
      this.close = close;
      this.client = client;
    })
    .finally(function () {
      this.close();
    });
};
