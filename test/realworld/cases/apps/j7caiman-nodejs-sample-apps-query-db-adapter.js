// Source: j7caiman/nodejs-sample-apps — postgres_client_examples/complete_separate_adapter/src/query_db.js at 0415443 (2016, pg ^4.4.3), reduced by hand, not copied
// Label: safe
// Why: a class example's query adapter: a connect error destroys the client if one came (`done(client)`, a truthy argument) and returns, and the query's callback calls `done(client)` on error or `done()` on success before handing the result on
var pg = require("pg");
var connectionString = "postgres://jon@localhost/class_example";

module.exports = function (queryString, queryParameters, onComplete) {
  if (typeof queryParameters == "function") {
    onComplete = queryParameters;
    queryParameters = [];
  }

  pg.connect(connectionString, function (err, client, done) {
    if (err) {
      console.log("error: connection to database failed " + err);
      if (client) {
        done(client);
      }
      if (onComplete !== undefined) {
        onComplete(err);
      }
      return;
    }

    client.query(queryString, queryParameters, function (err, result) {
      if (err) {
        done(client);
        console.log("error: query failed " + err);
      } else {
        done();
      }

      if (onComplete !== undefined) {
        onComplete(err, result);
      }
    });
  });
};
