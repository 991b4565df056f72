// Source: share/sharedb-postgres — index.js at aabcda4^ (PostgresDB.prototype.commit, the pg.Pool version before "Comply with `sharedb` spec" moved it to pool.query), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the upsert's callback calls done(client) on both successful branches, but its error branch only calls back, so every failed commit keeps its client checked out
const pg = require("pg");

function PostgresDB(options) {
  this.pool = new pg.Pool(options);
}

PostgresDB.prototype.commit = function (collection, id, op, snapshot, options, callback) {
  this.pool.connect((err, client, done) => {
    if (err) {
      done(client);
      callback(err);
      return;
    }
    const query = {
      name: "sdb-commit-op-and-snap",
      text: `WITH snapshot_id AS (
        INSERT INTO snapshots (collection, doc_id, doc_type, version, data) VALUES ($1, $2, $4, $3, $5)
        ON CONFLICT (collection, doc_id) DO UPDATE SET version = $3, data = $5, doc_type = $4
        RETURNING version)
      INSERT INTO ops (collection, doc_id, version, operation)
      SELECT $1, $2, $3, $6 WHERE EXISTS (SELECT 1 FROM snapshot_id)
      RETURNING version`,
      values: [collection, id, snapshot.v, snapshot.type, snapshot.data, op],
    };
    client.query(query, (err, res) => {
      if (err) {
        callback(err);
      } else if (res.rows.length === 0) {
        done(client);
        callback(null, false);
      } else {
        done(client);
        callback(null, true);
      }
    });
  });
};

module.exports = PostgresDB;
