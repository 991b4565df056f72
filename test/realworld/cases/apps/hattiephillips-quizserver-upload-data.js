// Source: hattiephillips/QuizServer — httpServer.js (POST /uploadData), reduced by hand, not copied
// Label: safe
// Why: the quiz-point upload builds its `st_geomfromtext('POINT(…)')` INSERT and calls `done()` first thing in the query callback; on a failed checkout there is no client to give back (the code goes on and throws on `client.query`)
var express = require("express");
var pg = require("pg");
var app = express();
var pool = new pg.Pool(config);

app.post("/uploadData", function (req, res) {
  pool.connect(function (err, client, done) {
    if (err) {
      console.log("not able to get connection " + err);
      res.status(400).send(err);
    }
    var geometrystring = "st_geomfromtext('POINT(" + req.body.longitude + " " + req.body.latitude + ")'";
    var querystring = "INSERT into quizdata (question,correct, geom) values ('";
    querystring = querystring + req.body.question + "','" + req.body.correct + "'," + geometrystring + "))";
    client.query(querystring, function (err, result) {
      done();
      if (err) {
        console.log(err);
        res.status(400).send(err);
      }
      res.status(200).send("row inserted");
    });
  });
});
