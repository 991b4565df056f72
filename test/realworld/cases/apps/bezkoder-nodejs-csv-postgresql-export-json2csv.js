// Source: bezkoder/nodejs-csv-postgresql — postgresql-csv-fs.js (top-level pool.connect callback), reduced by hand, not copied
// Label: safe
// Why: the CSV export calls `done()` first thing in the query callback, before turning the rows into CSV and writing the file; a failed checkout throws before any client exists
const Pool = require("pg").Pool;
const Json2csvParser = require("json2csv").Parser;
const fs = require("fs");

const pool = new Pool({ host: "localhost", user: "postgres", database: "testdb", port: 5432 });

pool.connect((err, client, done) => {
  if (err) throw err;

  client.query("SELECT * FROM category", (err, res) => {
    done();

    if (err) {
      console.log(err.stack);
    } else {
      const jsonData = JSON.parse(JSON.stringify(res.rows));
      const json2csvParser = new Json2csvParser({ header: true });
      const csv = json2csvParser.parse(jsonData);

      fs.writeFile("bezkoder_postgresql_fs.csv", csv, function (error) {
        if (error) throw error;
        console.log("Write to bezkoder_postgresql_fs.csv successfully!");
      });
    }
  });
});
