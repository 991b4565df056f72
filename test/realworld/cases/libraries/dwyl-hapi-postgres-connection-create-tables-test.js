// Source: dwyl/hapi-postgres-connection — tests/_create_test_db.js (create_tables), reduced by hand, not copied
// Label: leak
// Why: the setup query's error path `return console.error(…)` leaves without `client.end()` (the only thing that lets go of the checkout) and never calls back
var pg = require("pg");
var assert = require("assert");

function create_tables(callback) {
  var pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  pool.connect(function (err, client) {
    assert(!err);
    var query = require("fs").readFileSync(require("path").resolve(__dirname, "test_db_setup.sql"), "utf8");
    client.query(query, function (err, result) {
      if (err) {
        return console.error("error running query", err);
      }
      client.end();
      return callback(err, result);
    });
  });
}

module.exports = create_tables;
