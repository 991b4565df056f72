// Source: buivanxung/manager_device — manager.js (io.on("connection") / request_data), reduced by hand, not copied
// Label: safe
// Why: the pg documentation's callback shape inside a socket.io handler: `return` on a connect error (no client yet), `done()` first thing in the query callback
var http = require("http").Server();
var io = require("socket.io")(http);
var pg = require("pg");

var pool = new pg.Pool({ database: "blynk", max: 10 });

io.on("connection", function (socket) {
  socket.on("request_data", function () {
    pool.connect(function (err, client, done) {
      if (err) {
        return console.error("error fetching client from pool", err);
      }
      client.query("SELECT * FROM blynk_data", function (err, result) {
        done();
        if (err) {
          return console.error("error happened during query", err);
        }
        socket.emit("show_data", result.rows);
      });
    });
  });
});

http.listen(5060);
