// Source: bezkoder/nodejs-csv-postgresql — csv-postgresql.js (fast-csv 'end' handler), reduced by hand, not copied
// Label: leak
// Why: the CSV import sends one callback-style INSERT per row inside forEach and calls `done()` in the `finally` at once, giving the client back to the pool while every INSERT is still queued on it
const fs = require("fs");
const Pool = require("pg").Pool;
const fastcsv = require("fast-csv");

let stream = fs.createReadStream("bezkoder.csv");
let csvData = [];
let csvStream = fastcsv
  .parse()
  .on("data", function (data) {
    csvData.push(data);
  })
  .on("end", function () {
    csvData.shift();

    const pool = new Pool({ host: "localhost", user: "postgres", database: "testdb", port: 5432 });

    const query = "INSERT INTO category (id, name, description, created_at) VALUES ($1, $2, $3, $4)";

    pool.connect((err, client, done) => {
      if (err) throw err;

      try {
        csvData.forEach((row) => {
          client.query(query, row, (err, res) => {
            if (err) {
              console.log(err.stack);
            } else {
              console.log("inserted " + res.rowCount + " row:", row);
            }
          });
        });
      } finally {
        done();
      }
    });
  });

stream.pipe(csvStream);
