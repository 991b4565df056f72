// Source: mengel142/greenfield-reviews — database/ETL/reviewsETL.js at 85b9e4b (reviewsETL), reduced by hand, not copied
// Label: safe
// Why: the ETL pipes a CSV file into a pg-copy-streams `COPY … FROM STDIN` inside a promise and calls `done()` on each way the load can end — the file stream's 'error', the COPY stream's 'error' and its 'finish'
const fs = require("fs");
const path = require("path");
const pool = require("./index.js");
const copyFrom = require("pg-copy-streams").from;

const file = path.resolve(__dirname, "../../review-data/clean_reviews.csv");

const reviewsETL = () => {
  return new Promise((res, rej) => {
    return pool.connect((err, client, done) => {
      var stream = client.query(copyFrom("COPY reviews FROM STDIN DELIMITERS ',' CSV header"));
      var fileStream = fs.createReadStream(file);
      fileStream.on("error", (err) => {
        console.log(err);
        done();
      });
      stream.on("error", (err) => {
        console.log(err);
        done();
        rej(err);
      });
      stream.on("finish", () => {
        done();
        res("finished reviews ETL");
      });
      fileStream.pipe(stream);
    });
  });
};

module.exports = reviewsETL;
