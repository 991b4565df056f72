// Source: https://github.com/brianc/node-postgres/issues/1948 (the reporter's benchmark query), reduced by hand, not copied
// Label: safe
// Why: a failed checkout throws before any client exists; the query callback calls done() before anything else
const { Pool } = require("pg");

const pool = new Pool();

function benchmark() {
  pool.connect((err, client, done) => {
    if (err) throw err;
    client.query("SELECT * FROM member WHERE m_id = $1", [1], (queryErr, res) => {
      done();
      if (queryErr) {
        console.log(queryErr.stack);
      } else {
        console.log(res.rows[0]);
      }
    });
  });
}

module.exports = { benchmark };
