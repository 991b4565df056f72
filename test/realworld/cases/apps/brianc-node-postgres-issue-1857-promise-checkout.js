// Source: https://github.com/brianc/node-postgres/issues/1857 (the pooling docs' promise example the reporter quoted, with its misnamed catch parameter), reduced by hand, not copied
// Label: safe
// Why: the client is released first thing in both the query's then and its catch; the catch's `err.stack` names the wrong variable and throws, but only after the release
const { Pool } = require("pg");

const pool = new Pool();

pool.connect().then((client) => {
  return client
    .query("SELECT * FROM users WHERE id = $1", [1])
    .then((res) => {
      client.release();
      console.log(res.rows[0]);
    })
    .catch((e) => {
      client.release();
      console.log(err.stack);
    });
});
