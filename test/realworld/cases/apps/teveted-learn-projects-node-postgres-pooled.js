// Source: TeVeTed/learn-projects — node-postgres/pooled.js, reduced by hand, not copied
// Label: safe
// Why: a learning script's promise chain: the query's fulfilment and rejection handlers both release the client before the pool is ended
const pg = require("pg");

const config = { user: "postgres", database: "ydb" };
const pool = new pg.Pool(config);

pool
  .connect()
  .then((client) => {
    return client
      .query("SELECT * FROM cars WHERE id = $1", [1])
      .then((res) => {
        client.release();
        console.log(res.rows[0]);
      })
      .catch((e) => {
        client.release();
        console.log(e.stack);
      });
  })
  .finally(() => pool.end());
