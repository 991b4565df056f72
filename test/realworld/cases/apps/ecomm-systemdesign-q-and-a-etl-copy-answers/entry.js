// Source: Ecomm-SystemDesign/Q-and-A — database/ETL/answers.js at 02236e5, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Hack Reactor system-design capstone's ETL script copies pg-copy-streams' README example but replaced `stream.on('error', done)` with a log: the client is released only on 'finish', so a failed COPY (a malformed CSV row) keeps it checked out; its sibling loaders (questions.js, photos_answers.js, etl-all.js's chained COPYs) share the shape
const fs = require("node:fs");
const { db } = require("./db2");
const { from } = require("pg-copy-streams");

db.connect(function (err, client, done) {
  const stream = client.query(from(`COPY answers (answer_id, question_id, body, date) FROM STDIN with DELIMITER ','`));
  const fileStream = fs.createReadStream("/data/answers.csv");
  stream.on("finish", done);
  stream.on("error", (err) => {
    console.log(err);
  });
  fileStream.pipe(stream);
});
