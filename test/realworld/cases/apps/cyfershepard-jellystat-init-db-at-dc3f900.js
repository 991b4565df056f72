// Source: CyferShepard/Jellystat — backend/db.js at dc3f900 (initDB, "users page + db auto create(WIP)"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `done()` runs only after a successful CREATE DATABASE or when the database exists; a failed check query (then `res.rows` throws) or a failed CREATE (`if (err) throw err`) leaves the callback without releasing
const { Pool } = require("pg");
const fs = require("fs");

const pool = new Pool({ database: "jfstat" });

async function initDB() {
  const checkPool = new Pool({ database: "postgres" });

  checkPool.connect((err, client, done) => {
    if (err) {
      console.error("Error connecting to PostgreSQL database", err.stack);
      return;
    }

    client.query("SELECT 1 FROM pg_database WHERE datname = 'jfstat'", (err, res) => {
      if (err) {
        console.error("Error executing query to check if database exists", err.stack);
      }

      if (res.rows.length === 0) {
        const dbName = "jfstat";
        const sql = fs.readFileSync("./init.sql").toString();
        client.query(`CREATE DATABASE ${dbName}`, (err, res) => {
          if (err) throw err;
          console.log(`Database ${dbName} created`);
          done();
        });

        checkPool.end(() => {
          pool.query(sql, (err, res) => {
            if (err) throw err;
            pool.end();
          });
        });
      } else {
        console.log("Database exists");
        done();
      }
    });
  });
}

module.exports = { pool, initDB };
