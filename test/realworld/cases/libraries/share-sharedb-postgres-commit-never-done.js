// Source: share/sharedb-postgres — index.js at da16bda (PostgresDB.commit, "rewrote commit to insert ops and snapshot in one transaction", pg's module-level pool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the single upsert's callback answers the caller on both paths and never calls done(), so every commit keeps its client checked out
const pg = require("pg");

class PostgresDB {
  constructor(options) {
    this.pg_config = options.pg;
  }

  commit(collection, id, op, snapshot, options, callback) {
    pg.connect(this.pg_config, (err, client, done) => {
      if (err) {
        done(client);
        callback(err);
        return;
      }
      const query = {
        name: "sdb-commit-op-and-snap",
        text: `WITH snaps AS (
          INSERT INTO snapshots (collection, doc_id, doc_type, version, data) VALUES ($1, $2, $4, $3, $5)
          ON CONFLICT (collection, doc_id) DO UPDATE SET version = $3, data = $5
          RETURNING version)
        INSERT INTO ops (collection, doc_id, version, operation)
        SELECT $1, $2, $3, $6 WHERE EXISTS (SELECT 1 FROM snaps)
        RETURNING version`,
        values: [collection, id, snapshot.v, snapshot.type, snapshot.data, op],
      };
      client.query(query, (err, res) => {
        if (err) {
          console.log(err.stack);
          callback(err);
        } else {
          callback(null, true);
        }
      });
    });
  }
}

module.exports = PostgresDB;
