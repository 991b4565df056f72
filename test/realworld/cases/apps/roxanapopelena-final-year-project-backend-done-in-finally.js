// Source: roxanapopelena/Final-Year-Project-backend — backend/bin/bathtubs/bathtubs.js (csvStream end handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the callback checkout sends one callback-style INSERT per CSV row inside `forEach` without waiting for any, and the `finally` calls `done()` in the same synchronous run: work on the held client not awaited before the client goes back (DESIGN.md's no-unawaited-client-work) — the pool lends the client to the next borrower with every insert still queued on it (as apps/bhavyagupta1-postgres-project-csv-foreach-callback-queries-done-in-finally.js)
const fs = require("fs");
const Pool = require("pg").Pool;
const fastcsv = require("fast-csv");

const rows = [];
const csvStream = fastcsv
  .parse()
  .on("data", (data) => rows.push(data))
  .on("end", () => {
    rows.shift();
    const pool = new Pool({ database: "shopdb" });
    pool.connect((err, client, done) => {
      if (err) throw err;
      try {
        rows.forEach((row) => {
          client.query("INSERT INTO bathtubs (id, name) VALUES ($1, $2)", row, (err, res) => {
            if (err) console.log(err.stack);
            else console.log("inserted", res.rowCount);
          });
        });
      } finally {
        done();
      }
    });
  });

fs.createReadStream("bathtubs.csv").pipe(csvStream);
