// Source: bmalecki/tic-tac-toe-node-pg-docker — web/src/db.js (doQuery), reduced by hand, not copied
// Label: safe
// Why: the query callback calls done() first on every path; a connect error leaves no client to release (the missing `return` then throws on `client.query`)
const pg = require("pg");

const pool = new pg.Pool({ host: "pg", max: 10, idleTimeoutMillis: 30000 });

pool.on("error", (err) => {
  console.error("idle client error", err.message);
});

function doQuery(query, parms) {
  return new Promise((res, rej) => {
    pool.connect((err, client, done) => {
      if (err) {
        rej(new Error(`error fetching client from pool ${err}`));
      }
      client.query(query, parms, (queryErr, result) => {
        done();
        if (err) {
          rej(new Error(`error running query ${queryErr}`));
        }
        res(result);
      });
    });
  });
}

module.exports = {
  getAllUsers: () => doQuery("SELECT username FROM users").then((result) => result.rows),
};
