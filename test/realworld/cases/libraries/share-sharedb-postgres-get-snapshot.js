// Source: share/sharedb-postgres — index.js at aabcda4^ (PostgresDB.prototype.getSnapshot, the pg.Pool version), reduced by hand, not copied
// Label: safe
// Why: the select's callback calls done() first, before it checks the error or builds the snapshot
const pg = require("pg");

function PostgresSnapshot(id, version, type, data, meta) {
  this.id = id;
  this.v = version;
  this.type = type;
  this.data = data;
  this.m = meta;
}

function PostgresDB(options) {
  this.pool = new pg.Pool(options);
}

PostgresDB.prototype.getSnapshot = function (collection, id, fields, options, callback) {
  this.pool.connect(function (err, client, done) {
    if (err) {
      done(client);
      callback(err);
      return;
    }
    client.query(
      "SELECT version, data, doc_type FROM snapshots WHERE collection = $1 AND doc_id = $2 LIMIT 1",
      [collection, id],
      function (err, res) {
        done();
        if (err) {
          callback(err);
          return;
        }
        if (res.rows.length) {
          var row = res.rows[0];
          callback(null, new PostgresSnapshot(id, row.version, row.doc_type, row.data, undefined));
        } else {
          callback(null, new PostgresSnapshot(id, 0, null, undefined, undefined));
        }
      },
    );
  });
};

module.exports = PostgresDB;
