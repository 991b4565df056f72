// Source: brianc/node-postgres — packages/pg-pool/README.md (the `co` example), reduced by hand, not copied
// Label: safe
// Why: co-style generator with try/finally: the yielded query is inside try, `client.release()` in finally
const co = require("co");
const Pool = require("pg-pool");

const pool = new Pool();

co(function* () {
  const client = yield pool.connect();
  try {
    const result = yield client.query("SELECT $1::text AS name", ["brianc"]);
    console.log("hello from", result.rows[0]);
  } finally {
    client.release();
  }
}).catch((e) => console.error(e.message, e.stack));
