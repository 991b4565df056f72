// Source: Codaisseur/express-web-service-exercise-impl — pg-pool-connect.js (getDatabaseTime), reduced by hand, not copied
// Label: safe
// Why: a timer runs the callback checkout; the error branch has no client, and release() is the query callback's first call
const { Pool } = require("pg");

const pool = new Pool({ connectionString: "postgresql://localhost:5432/postgres" });
pool.on("error", (err) => console.error("error event on pool", err));

function getDatabaseTime() {
  pool.connect((err, client, release) => {
    if (err) {
      console.error("error in connect", err);
    } else {
      client.query("SELECT NOW()", (queryError, res) => {
        release();
        if (queryError) {
          console.error("error in query", queryError);
        } else {
          console.log(res.rows);
        }
      });
    }
  });
}

setInterval(getDatabaseTime, 1000);
