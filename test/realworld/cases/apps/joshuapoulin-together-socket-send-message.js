// Source: JoshuaPoulin/together — lib/io.js at 27c664b (the socket's 'sendMessage' handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the meet-up app's chat handler checks out per message inside `socket.on('sendMessage', …)`; a failed INSERT returns from its callback after logging, before the nested SELECT whose callback is the only place that calls `done()`
var io = require("socket.io")();
var conString = process.env.DATABASE_URL || "postgres://@localhost/together";
var pg = require("pg");

io.on("connection", function (socket) {
  socket.on("sendMessage", function (data) {
    pg.connect(conString, function (err, client, done) {
      if (err) {
        return console.error("error fetching client from pool", err);
      }
      client.query(
        "INSERT INTO messages(users_display, meetups_id, content, posted) VALUES($1, $2, $3, $4)",
        [data.users_display, data.meetups_id, data.content, data.date],
        function (err, result) {
          if (err) {
            return console.error("error running query", err);
          }
          client.query("select * from messages", [], function (err, result) {
            done();
            io.sockets.emit("messageFeed", result.rows);
          });
        }
      );
    });
  });
});

module.exports = io;
