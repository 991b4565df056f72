// Source: blankoslo/floq-calendar — src/backend/api.js at a194093 (POST /absence_days), reduced by hand, not copied
// Label: safe
// Why: on both errors the project's handleDBErr (imported from ./utils.js) gives the client back with `done(client)` and answers 500 before the callback returns; the success path calls `done(client)` before answering
var express = require("express");
var pg = require("pg");
var utils = require("./utils.js");

var cs = process.env.DATABASE_URL;
var api = express();

api.post("/absence_days", function (req, res) {
  if (!req.body.date) {
    res.sendStatus(400);
    return;
  }

  pg.connect(cs, function (err, client, done) {
    if (utils.handleDBErr(err, client, done, res)) {
      console.log("An error occured when connecting to db:", err);
      return;
    }

    var data = req.body;
    client.query(
      "INSERT INTO absence_days(employee, type, date) VALUES ($1, $2, $3) RETURNING id",
      [data.employee, data.absence_type, data.date],
      function (err, qRes) {
        if (utils.handleDBErr(err, client, done, res)) {
          console.log("An error occured when INSERTing to db:", err);
          return;
        }

        done(client);
        res.json({ success: true, data: qRes.rows[0] });
      },
    );
  });
});

module.exports = api;
