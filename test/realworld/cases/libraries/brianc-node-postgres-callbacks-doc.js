// Source: brianc/node-postgres — docs/pages/features/callbacks.mdx (checking out a client with a callback), reduced by hand, not copied
// Label: safe
// Why: `release()` is the first statement of the only query callback, so it runs whether the query failed or not
const { Pool } = require("pg");

const pool = new Pool();

pool.connect((err, client, release) => {
  client.query("SELECT NOW()", (queryErr, res) => {
    release();
    console.log(queryErr, res);
    pool.end();
  });
});
