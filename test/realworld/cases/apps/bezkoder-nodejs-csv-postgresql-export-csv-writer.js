// Source: bezkoder/nodejs-csv-postgresql — postgresql-csv-csvwriter.js (top-level pool.connect callback), reduced by hand, not copied
// Label: safe
// Why: the csv-writer export releases with `done()` as the query callback's first statement, before the rows are mapped and `writeRecords` writes the report file
const Pool = require("pg").Pool;
const createCsvWriter = require("csv-writer").createObjectCsvWriter;

const pool = new Pool({ host: "localhost", user: "postgres", database: "testdb", port: 5432 });

pool.connect((err, client, done) => {
  if (err) throw err;

  client.query("SELECT * FROM category", (err, res) => {
    done();

    if (err) {
      console.log(err.stack);
    } else {
      const jsonData = JSON.parse(JSON.stringify(res.rows));
      const csvWriter = createCsvWriter({
        path: "bezkoder_postgresql_csvWriter.csv",
        header: [
          { id: "id", title: "id" },
          { id: "name", title: "name" },
          { id: "created_at", title: "created_at" },
        ],
      });

      csvWriter.writeRecords(jsonData).then(() => console.log("Write to bezkoder_postgresql_csvWriter.csv successfully!"));
    }
  });
});
