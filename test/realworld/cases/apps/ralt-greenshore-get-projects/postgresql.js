// Second module of the case: entities/postgresql.js at 4ead07b, reduced by hand — bluebird 1's promisifyAll over pg 3; connect() releases in its own finally
var Promise = require("bluebird");
var pg = require("pg");

Promise.promisifyAll(pg);
Promise.promisifyAll(pg.Client.prototype);

exports.connect = function () {
  return pg
    .connectAsync("postgres://greenshore_user@localhost/greenshore")
    .bind({})
    .spread(function (client, close) {
      this.close = close;
      this.client = client;
    })
    .finally(function () {
      this.close();
    });
};
