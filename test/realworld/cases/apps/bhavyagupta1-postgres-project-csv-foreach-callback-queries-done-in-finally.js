// Source: bhavyagupta1/Postgres_Project — readcsv.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the callback checkout sends one callback-style INSERT per CSV row inside `forEach` without waiting for any, and the `finally` calls `done()` in the same synchronous run: the client goes back to the pool (and to its idle timer) with every insert still queued on it
const fs = require("fs");
const { Pool } = require("pg");
const fastcsv = require("fast-csv");

const rows = [];
fs.createReadStream("users.csv")
  .pipe(fastcsv.parse())
  .on("data", (row) => rows.push(row))
  .on("end", () => {
    rows.shift();
    const pool = new Pool({ host: "localhost", database: "api" });
    const insert = "INSERT INTO users (id, name, email) VALUES ($1, $2, $3)";
    pool.connect((err, client, done) => {
      try {
        rows.forEach((row) => {
          client.query(insert, row, (error, result) => {
            if (error) console.log(error.stack);
            else console.log("inserted " + result.rowCount + " row:", row);
          });
        });
      } finally {
        done();
      }
    });
  });
