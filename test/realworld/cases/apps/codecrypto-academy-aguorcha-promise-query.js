// Source: codecrypto-academy/aguorcha — bddpg.js at 98734a4 (q), reduced by hand, not copied
// Label: safe
// Why: a promise wrapper over the callback checkout: `done()` is the first statement of the query callback, then resolve or reject; a connect error rejects (no client is held; the unguarded `client.query` then throws on undefined)
const { Pool } = require("pg");

const pool = new Pool({ user: "postgres", database: "postgres", host: "localhost", port: 5432 });

function q(sql, params) {
  return new Promise((resolve, reject) => {
    pool.connect((err, client, done) => {
      if (err) reject(err);
      client.query(sql, params, (err, result) => {
        done();
        if (err) {
          reject(err);
        } else {
          resolve(result.rows);
        }
      });
    });
  });
}

q("select * from customers limit 2", [])
  .then((rows) => console.log(rows))
  .catch((e) => console.log(e));
