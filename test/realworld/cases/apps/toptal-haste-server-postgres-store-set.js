// Source: toptal/haste-server — lib/document_stores/postgres.js (PostgresDocumentStore.set, with its safeConnect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: safeConnect hands set's callback the pool's client and done; when the INSERT fails the callback returns callback(false) without calling done()
var winston = require('winston');
const {Pool} = require('pg');

// A postgres document store
var PostgresDocumentStore = function (options) {
  this.expireJS = parseInt(options.expire);
  this.pool = new Pool({connectionString: process.env.DATABASE_URL || options.connectionUrl});
};

PostgresDocumentStore.prototype = {

  // Set a given key
  set: function (key, data, callback, skipExpire) {
    var now = Math.floor(new Date().getTime() / 1000);
    var that = this;
    this.safeConnect(function (err, client, done) {
      if (err) { return callback(false); }
      client.query('INSERT INTO entries (key, value, expiration) VALUES ($1, $2, $3)', [
        key,
        data,
        that.expireJS && !skipExpire ? that.expireJS + now : null
      ], function (err) {
        if (err) {
          winston.error('error persisting value to postgres', { error: err });
          return callback(false);
        }
        callback(true);
        done();
      });
    });
  },

  // A connection wrapper
  safeConnect: function (callback) {
    this.pool.connect((error, client, done) => {
      if (error) {
        winston.error('error connecting to postgres', {error});
        callback(error);
      } else {
        callback(undefined, client, done);
      }
    });
  }
};

module.exports = PostgresDocumentStore;
