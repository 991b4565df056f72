// Source: https://github.com/brianc/node-postgres/issues/517 (the reporter's query()), reduced by hand, not copied
// Label: safe
// Why: the query callback always calls done(1), which destroys the client and frees its slot (the thread is about the pool's min size, not a leak)
const { Pool } = require("pg");

const pool = new Pool({ max: 2 });
let executed = 0;

function query() {
  pool.connect((err, conn, done) => {
    if (err) return console.error(err);
    conn.query("select 1+1", (queryErr, results) => {
      console.log(++executed);
      done(1);
    });
  });
}

module.exports = { query };
