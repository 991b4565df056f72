// Source: https://github.com/brianc/node-postgres/issues/1597 (the reporter's query helper after adding the outer catch, "Cannot read property 'submit' of undefined"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `client.query()` is called with no text and throws synchronously inside the connect handler, before the chain that releases exists; the outer catch only logs, so every call keeps a client (and a callback that throws after the first release makes the inner catch release it again)
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

module.exports = {
  query: (query, callback) => {
    console.log(query);
    pool
      .connect()
      .then((client) => {
        return client
          .query()
          .then((result) => {
            client.release();
            console.log(result.rows);
            callback(null, result.rows[0]);
          })
          .catch((err) => {
            client.release();
            callback(err, null);
          });
      })
      .catch((err) => {
        console.log("Issue", err);
      });
  },
};
