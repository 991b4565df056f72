// Source: issemou/basic_api_nodejs — models/pool_pg_req/one_pool_all.js (callback checkout), reduced by hand, not copied
// Label: safe
// Why: a learner's copy of node-postgres's pooling example: done() is the first thing the query callback does; a failed connect throws before any client exists
const { Pool } = require("pg");

const pool = new Pool();

pool.on("error", (err, client) => {
  console.error("Unexpected error on idle client", err);
  process.exit(-1);
});

pool.connect((err, client, done) => {
  if (err) throw err;
  client.query("SELECT * FROM users WHERE id = $1", [1], (err, res) => {
    done();
    if (err) {
      console.log(err.stack);
    } else {
      console.log(res.rows[0]);
    }
  });
});
