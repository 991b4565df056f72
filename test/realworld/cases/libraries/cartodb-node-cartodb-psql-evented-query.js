// Source: CartoDB/node-cartodb-psql — lib/psql.js (eventedQuery), reduced by hand, not copied
// Label: safe
// Why: the streaming query's 'error' listener calls done(err) and its 'end' listener calls done() unless an error came first: released on both outcomes
const pg = require("pg");

const pool = new pg.Pool();

function streamRows(sql, params, callback) {
  pool.connect(function (err, client, done) {
    if (err) {
      return callback(err);
    }
    const query = client.query(new pg.Query(sql, params));
    const onNotice = function () {
      query.emit("notice", arguments);
    };
    client.on("notice", onNotice);

    let failed = false;
    query.on("error", function (queryErr) {
      client.removeListener("notice", onNotice);
      failed = true;
      done(queryErr);
    });
    query.on("end", function () {
      client.removeListener("notice", onNotice);
      if (!failed) {
        done();
      }
    });
    return callback(null, query);
  });
}

module.exports = streamRows;
