// Source: toptal/haste-server — lib/document_stores/postgres.js (PostgresDocumentStore.get, with its safeConnect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a failed SELECT returns callback(false) without done(), and a failed expiration UPDATE calls done() only when there is no error
var winston = require('winston');
const {Pool} = require('pg');

// A postgres document store
var PostgresDocumentStore = function (options) {
  this.expireJS = parseInt(options.expire);
  this.pool = new Pool({connectionString: process.env.DATABASE_URL || options.connectionUrl});
};

PostgresDocumentStore.prototype = {

  // Get a given key's data
  get: function (key, callback, skipExpire) {
    var now = Math.floor(new Date().getTime() / 1000);
    var that = this;
    this.safeConnect(function (err, client, done) {
      if (err) { return callback(false); }
      client.query('SELECT id,value,expiration from entries where KEY = $1 and (expiration IS NULL or expiration > $2)', [key, now], function (err, result) {
        if (err) {
          winston.error('error retrieving value from postgres', { error: err });
          return callback(false);
        }
        callback(result.rows.length ? result.rows[0].value : false);
        if (result.rows.length && that.expireJS && !skipExpire) {
          client.query('UPDATE entries SET expiration = $1 WHERE ID = $2', [
            that.expireJS + now,
            result.rows[0].id
          ], function (err) {
            if (!err) {
              done();
            }
          });
        } else {
          done();
        }
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
