// Source: brianc/node-postgres — packages/pg-pool/README.md (the promise API example), reduced by hand, not copied
// Label: safe
// Why: promise-chain style: the query's fulfilment and rejection handlers both release the client
const Pool = require("pg-pool");

const pool = new Pool();

pool.connect().then((client) => {
  client
    .query("SELECT $1::text AS name", ["pg-pool"])
    .then((res) => {
      client.release();
      console.log("hello from", res.rows[0].name);
    })
    .catch((e) => {
      client.release();
      console.error("query error", e.message, e.stack);
    });
});
