// Source: tanay97/Trading-Card-Tracker — routes/download.js (GET /), reduced by hand, not copied
// Label: leak
// Why: the CSV download takes a client from the project's callback `getClient` (./db/util.js, which wraps pool.connect and hands out a `release`), pipes `COPY data TO STDOUT` to a file and answers on the stream's 'end' or 'error', but never calls the `done` it was given
var express = require("express");
var router = express.Router();
var copyTo = require("pg-copy-streams").to;
var fs = require("fs");

var dbUtil = require("./db/util.js");

router.get("/", function (req, res, next) {
  dbUtil.connect();
  dbUtil.getClient((err, client, done) => {
    if (err) {
      res.status(500).send("Error retrieving client");
    }
    var stream = client.query(copyTo("COPY data TO STDOUT"));
    const writeStream = fs.createWriteStream(__dirname + "/data.csv");
    stream.pipe(writeStream);
    stream.on("end", () => {
      res.header("Access-Control-Allow-Origin", "*");
      res.status(200).sendFile(__dirname + "/data.csv");
    });
    stream.on("error", () => {
      res.status(500);
    });
  });
});

module.exports = router;
