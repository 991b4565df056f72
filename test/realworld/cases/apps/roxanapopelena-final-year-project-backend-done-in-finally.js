// Source: roxanapopelena/Final-Year-Project-backend — backend/bin/bathtubs/bathtubs.js (csvStream end handler), reduced by hand, not copied
// Label: safe
// Why: the callback-style checkout queues one insert per row and calls done() in a finally right away; the client goes back to the pool (early, with queries still queued on it), it is not leaked
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
