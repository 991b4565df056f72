// Source: ravitej91/sails-pg-session — lib/sails-pg-session.js (PostSQLStore constructor), reduced by hand, not copied
// Label: safe
// Why: the store's one `pg.Client` is connected with a pool-style `(err, client, done)` callback that only logs; a Client's connect is no checkout and the store queries that Client for its lifetime
module.exports = function (connect) {
  var pg = require("pg");
  var Store = connect.session.Store;

  function PostSQLStore(options) {
    options = options || {};
    Store.call(this, options);

    this.pg_client = new pg.Client(options);
    this.pg_client.connect(function (err, client, done) {
      if (err) {
        sails.log.error("sails-pg-session#PostSQLStore - ", err);
      } else {
        sails.log.silly("sails-pg-session#PostSQLStore - connected");
      }
    });
  }

  PostSQLStore.prototype.__proto__ = Store.prototype;

  PostSQLStore.prototype.get = function (sid, fn) {
    this.pg_client.query("SELECT data_out FROM sails_session_store_get($1)", [sid], function (err, result) {
      if (err) return fn(err);
      return fn(null, result.rows[0].data_out);
    });
  };

  return PostSQLStore;
};
