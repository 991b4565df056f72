// Source: pawurb/node-postgres-wiki — Example.md at 6a0e898 ("this is how you would obtain a client from the pool using await"), reduced by hand, not copied
// Label: safe
// Why: the query and its logging sit in an inner try whose catch only logs, so control always reaches the `client.release()` after it; a failed checkout goes to the outer catch with no client
var Pool = require("pg").Pool;

var pool = new Pool({});

async function clientExample() {
  try {
    var client = await pool.connect();
    try {
      var res = await client.query("SELECT $1::int AS number", ["6"]);
      console.log("number:", res.rows[0].number);
    } catch (err) {
      console.error("error running query", err);
    }
    client.release();
  } catch (err) {
    console.error("error fetching client from pool", err);
  }
}

clientExample();
