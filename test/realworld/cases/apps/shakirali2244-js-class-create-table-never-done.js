// Source: shakirali2244/js-class — db_init/create_table.js at 4315e68 (the table set-up script, 2015-09, pg ^4.3.0), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the script checks a client out of pg's default pool for its CREATE TABLE IF NOT EXISTS and never calls done(); the query callback only logs
var credsloc = require("./local_config");
var pg = require("pg");

var conString = "postgres://" + String(credsloc.creds.user) + ":" + String(credsloc.creds.password) + "@" + String(credsloc.creds.host) + "/" + String(credsloc.creds.db);

pg.connect(conString, function (err, client, done) {
  if (err) {
    return console.error("error fetching client from pool", err);
  }
  client.query("CREATE TABLE IF NOT EXISTS users(name varchar, email varchar, hash varchar, salt bigint);", function (data) {
    console.log(data);
  });
});
