// Source: Battochon/passwordless-postgrestore — lib/postgrestore.js at ba721cc (the PostgreStore constructor and disconnect, before cac4d36 "Fix disconnect()": "This was checking for the pgDone function but only running it if it didn't exist"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the constructor keeps the checkout's `done` in `this._pgDone`, and disconnect(), its only caller, runs it only `if (!this._pgDone)`: the client taken from pg's module-level pool is never given back
var util = require("util");
var TokenStore = require("passwordless-tokenstore");
var pg = require("pg");

function PostgreStore(conString, options) {
  if (!conString) {
    throw new Error("Connection String is missing.");
  }
  this._options = options || {};
  this._options.pgstore = this._options.pgstore || {};
  this._table = this._options.pgstore.table || "passwordless";
  pg.defaults.poolSize = this._options.pgstore.pgPoolSize || 10;
  delete this._options.pgstore;

  var self = this;
  pg.connect(conString, function (err, client, done) {
    if (err) {
      throw new Error("Could not connect to Postgres database, with error : " + err);
    }
    self._client = client;
    self._pgDone = done;
  });
}

util.inherits(PostgreStore, TokenStore);

PostgreStore.prototype.invalidateUser = function (uid, callback) {
  this._client.query("DELETE FROM " + this._table + " WHERE uid=$1", [uid], function (err) {
    callback(err || undefined);
  });
};

PostgreStore.prototype.disconnect = function () {
  if (!this._pgDone) {
    this._pgDone();
  }
};

module.exports = PostgreStore;
