// Source: BenAychh/g19-restaurant — routes/logicHandling/databaseInterface.js at 21e4f7c^ (queryDatabase, 2016-02, pg ^4.4.6), reduced by hand, not copied
// Label: safe
// Why: a bootcamp app's one query helper: the query's callback calls done() before handing the result to the caller; a connect error is only logged, and the fall-through `client.query` on undefined throws with nothing checked out
var connectionString = require("../../config.js");
var pg = require("pg");

module.exports = queryDatabase;

function queryDatabase(text, values, callback) {
  pg.connect(connectionString, function (err, client, done) {
    if (err) {
      console.error("ERROR!: " + err);
    }
    client.query(text, values, function (err, result) {
      done();
      callback(err, result);
    });
  });
}
