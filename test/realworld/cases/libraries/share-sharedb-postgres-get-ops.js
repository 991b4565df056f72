// Source: share/sharedb-postgres — index.js at aabcda4^ (PostgresDB.prototype.getOps, the pg.Pool version), reduced by hand, not copied
// Label: safe
// Why: the range query is built before it is sent, and its callback calls done() first, before the error check and the mapping of the rows
const pg = require("pg");

function PostgresDB(options) {
  this.pool = new pg.Pool(options);
}

PostgresDB.prototype.getOps = function (collection, id, from, to, options, callback) {
  this.pool.connect(function (err, client, done) {
    if (err) {
      done(client);
      callback(err);
      return;
    }
    var cmd = "SELECT version, operation FROM ops WHERE collection = $1 AND doc_id = $2 AND version > $3 ";
    var params = [collection, id, from];
    if (to || to == 0) {
      cmd += " AND version <= $4";
      params.push(to);
    }
    cmd += " order by version";
    client.query(cmd, params, function (err, res) {
      done();
      if (err) {
        callback(err);
        return;
      }
      callback(
        null,
        res.rows.map(function (row) {
          return row.operation;
        }),
      );
    });
  });
};

module.exports = PostgresDB;
