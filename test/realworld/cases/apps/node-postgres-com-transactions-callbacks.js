// Source: https://node-postgres.com/features/transactions ("A pooled client with callbacks"), reduced by hand, not copied
// Label: safe
// Why: every query callback either hands the error to shouldAbort, whose ROLLBACK callback calls done(), or goes on; COMMIT's callback calls done()
const { Pool } = require("pg");

const pool = new Pool();

function addUserWithPhoto(name, photoUrl) {
  pool.connect((err, client, done) => {
    if (err) return console.error("could not check out a client", err.stack);
    const shouldAbort = (queryErr) => {
      if (queryErr) {
        console.error("Error in transaction", queryErr.stack);
        client.query("ROLLBACK", (rollbackErr) => {
          if (rollbackErr) console.error("Error rolling back client", rollbackErr.stack);
          done();
        });
      }
      return !!queryErr;
    };
    client.query("BEGIN", (beginErr) => {
      if (shouldAbort(beginErr)) return;
      client.query("INSERT INTO users(name) VALUES($1) RETURNING id", [name], (insertErr, res) => {
        if (shouldAbort(insertErr)) return;
        client.query("INSERT INTO photos(user_id, photo_url) VALUES ($1, $2)", [res.rows[0].id, photoUrl], (photoErr) => {
          if (shouldAbort(photoErr)) return;
          client.query("COMMIT", (commitErr) => {
            if (commitErr) console.error("Error committing transaction", commitErr.stack);
            done();
          });
        });
      });
    });
  });
}

module.exports = { addUserWithPhoto };
