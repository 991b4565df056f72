// Source: Battochon/passwordless-postgrestore — lib/postgrestore.js at cac4d36 (the PostgreStore constructor and disconnect, after "Fix disconnect()"), reduced by hand, not copied
// Label: hand-over
// Why: the constructor keeps the client and its `done` on the store (`this._client`, `this._pgDone`); disconnect() now calls `this._pgDone()` when it is set
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
  if (this._pgDone) {
    this._pgDone();
  }
};

module.exports = PostgreStore;
