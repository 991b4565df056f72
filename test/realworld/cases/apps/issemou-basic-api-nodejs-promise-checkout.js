// Source: issemou/basic_api_nodejs — models/pool_pg_req/one_pool_all.js (promise checkout), reduced by hand, not copied
// Label: safe
// Why: the chain returned from the checkout's `.then` releases in its success step and in its catch, so the client goes back whether the query resolves or rejects
const { Pool } = require("pg");

const pool = new Pool();

pool
  .connect()
  .then((client) => {
    return client
      .query("SELECT * FROM users WHERE id = $1", [1])
      .then((res) => {
        client.release();
        console.log(res.rows[0]);
      })
      .catch((err) => {
        client.release();
        console.log(err.stack);
      });
  });
