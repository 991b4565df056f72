// Source: meteor-stream/meteor-postgres — packages/postgres/postgres.js at a422051^ (Postgres.createRelationship, before "closed connections that were left open"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the legacy module-level pool (`pg.connect(conString, cb)` of pg < 7) hands the callback a client and `done`, but the callback never takes `done`: the client is never returned
pg = Npm.require("pg");
var conString = "postgres://postgres:1234@localhost/postgres";

Postgres = {};

Postgres.createRelationship = function (table1, table2) {
  var table = table1 + "_" + table2;
  var inputString = "CREATE TABLE " + table + "(" +
    table1 + "_id int not null references " + table1 + "(id) on delete cascade," +
    table2 + "_id int not null references " + table2 + "(id) on delete cascade);";
  pg.connect(conString, function (err, client) {
    if (err) {
      console.log(err);
    }
    client.query(inputString, function (error, results) {
      if (error) {
        console.log("error in create relationship " + table, error);
      }
    });
  });
};
