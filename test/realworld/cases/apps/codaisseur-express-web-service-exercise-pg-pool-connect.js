// Source: Codaisseur/express-web-service-exercise-impl — pg-pool-connect.js at 76c3a376 (getDatabaseTime, the course's "pool exercise solution"), reduced by hand, not copied
// Label: safe
// Why: the callback-style checkout of the pg docs: on a connect error there is no client to release; otherwise the query callback calls `release()` first, before it looks at the error
const { Pool } = require("pg");
const pool = new Pool({ connectionString: "postgresql://postgres:secret@localhost:5432/postgres" });
pool.on("error", (err, client) => {
  console.error("error event on pool", err);
});

function getDatabaseTime() {
  pool.connect((err, client, release) => {
    if (err) {
      console.error("error in connect", err);
    } else {
      client.query("SELECT NOW()", (err, res) => {
        release();
        if (err) {
          console.error("error in query", err);
        } else {
          console.log(res.rows);
        }
      });
    }
  });
}

setInterval(getDatabaseTime, 1000);
