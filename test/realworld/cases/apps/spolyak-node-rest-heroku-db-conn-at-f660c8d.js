// Source: spolyak/node-rest-heroku — db_conn.js at f660c8d (2013-08-30, pg 2.x), reduced by hand, not copied
// Label: safe
// Why: Heroku's getting-started snippet pasted at module scope: the query's callback calls done() before anything else; a connect error leaves no client (the `client.query` on undefined throws with nothing checked out)
var pg = require("pg");

pg.connect(process.env.DATABASE_URL, function (err, client, done) {
  client.query("SELECT * FROM your_table", function (err, result) {
    done();
    if (err) return console.error(err);
    console.log(result.rows);
  });
});
