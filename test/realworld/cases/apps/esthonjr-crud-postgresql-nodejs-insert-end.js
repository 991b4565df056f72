// Source: esthonjr/crud-postgresql-nodejs — crud.js (insert), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the query's promise chain ends with `client.end()` instead of `done()`: the pool's client is closed but never given back, so the pool counts it as checked out for good
const { Pool } = require("pg");

const pool = new Pool();

module.exports = {
  insert: () => {
    const query = "INSERT INTO users (email, firstName, lastName, age) VALUES ('test@test.com', 'test', 'test2', 33)";
    pool.connect((err, client, done) => {
      client
        .query(query)
        .then(() => {
          console.log("Data inserted");
        })
        .catch((err) => {
          console.error(err);
        })
        .finally(() => {
          client.end();
        });
    });
  },
};
