// Source: share/sharedb-postgres — index.js at 3008c2a (PostgresDB.prototype.commit, the initial commit, pg's module-level pool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: when the submitted version is not the next one, `return callback(null, false)` leaves the max-version callback without done(); a failed SELECT is not checked either (`res.rows` of undefined throws)
var pg = require("pg");

function PostgresDB(options) {
  this.pg_url = options.url;
}

function rollback(client, done) {
  client.query("ROLLBACK", function (err) {
    return done(err);
  });
}

PostgresDB.prototype.commit = function (collection, id, op, snapshot, callback) {
  pg.connect(this.pg_url, function (err, client, done) {
    if (err) {
      done(client);
      callback(err);
      return;
    }
    function commit() {
      client.query("COMMIT", function (err) {
        done(err);
        if (err) callback(err);
        else callback(null, true);
      });
    }
    client.query(
      "SELECT max(version) AS max_version FROM ops WHERE collection = $1 AND doc_id = $2",
      [collection, id],
      function (err, res) {
        var max_version = res.rows[0].max_version;
        if (max_version == null) max_version = 0;
        if (snapshot.v !== max_version + 1) {
          return callback(null, false);
        }
        client.query("BEGIN", function (err) {
          client.query(
            "INSERT INTO ops (collection, doc_id, version, operation) VALUES ($1, $2, $3, $4)",
            [collection, id, snapshot.v, op],
            function (err) {
              if (err) {
                rollback(client, done);
                callback(err);
                return;
              }
              client.query(
                "UPDATE snapshots SET doc_type = $3, version = $4, data = $5 WHERE collection = $1 AND doc_id = $2",
                [collection, id, snapshot.type, snapshot.v, snapshot.data],
                function (err) {
                  if (err) {
                    rollback(client, done);
                    callback(err);
                    return;
                  }
                  commit();
                },
              );
            },
          );
        });
      },
    );
  });
};

module.exports = PostgresDB;
