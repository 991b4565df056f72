// Source: toptal/haste-server — lib/document_stores/postgres.js (PostgresDocumentStore.safeConnect), reduced by hand, not copied
// Label: hand-over
// Why: safeConnect forwards the pool's client and its done to the caller's callback, which owns the release
var winston = require('winston');
const {Pool} = require('pg');

// A postgres document store
var PostgresDocumentStore = function (options) {
  this.expireJS = parseInt(options.expire);
  this.pool = new Pool({connectionString: process.env.DATABASE_URL || options.connectionUrl});
};

PostgresDocumentStore.prototype = {

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
