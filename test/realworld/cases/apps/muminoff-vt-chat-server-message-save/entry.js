// Source: muminoff/vt-chat-server — server.js at 574d7f3 (socket 'message' handler saving through lib/messagesave.js, 2016-07, pg ^4.4.3), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: done() is called only from messageSave's callback; ./messagesave logs a failed INSERT and then reads `result.rows[0]` of the undefined result, which throws inside the query callback, so the callback never runs and the client stays checked out
var pg = require("pg");
var logger = require("./logger");
var messageSave = require("./messagesave");

var pgConnectionString = process.env.PG_URL;

module.exports = function (io, socket) {
  socket.on("message", function (data) {
    if (!socket.auth) {
      return socket.emit("message", { status: "fail", data: "not-authenticated" });
    }
    var topicId = data.topic_id;

    pg.connect(pgConnectionString, function (err, client, done) {
      if (err) {
        logger.error("Cannot connect to PostgreSQL");
        done();
        process.exit(-1);
      }

      messageSave(client, data.stamp_id, topicId, socket.user_id, data.body, logger, function (msg) {
        done();
        io.sockets.in("topic" + topicId).emit("message_events", msg);
      });
    });
  });
};
