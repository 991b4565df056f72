// Source: pawurb/node-postgres-wiki — Example.md at 6a0e898 ("This is how you get a client from a pool using promises"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `client.release()` sits only in the query's `.then`; the `.catch` that follows logs the query's error and never gives the client back
var Pool = require("pg").Pool;

var pool = new Pool({});

pool
  .connect()
  .then((client) => {
    client
      .query("SELECT $1::int AS number", ["4"])
      .then((res) => {
        client.release();
        console.log("number:", res.rows[0].number);
      })
      .catch((err) => {
        console.error("error running query", err);
      });
  })
  .catch((err) => {
    console.error("error fetching client from pool", err);
  });
