// Source: kc127/Reviews-API — reviewsAPI/dbsql/index.js (module level), reduced by hand, not copied
// Label: safe
// Why: a `mysql.createConnection` opened with an error-only callback: a single connection shared by the module, not a pg pool checkout (the same call on a pg Pool would leak)
var mysql = require("mysql");

const db = mysql.createConnection({ host: "localhost", user: "root", database: "retaildb" });

db.connect((err) => {
  if (err) {
    console.log("err connecting to mysql");
    return;
  }
  console.log("successfully connected to mysql");
});

module.exports = db;
