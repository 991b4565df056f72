// Source: muminoff/vt-chat-server — server.js at 574d7f3 (socket 'signin_request' handler, 2016-07, pg ^4.4.3), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: done() is called only from signinUser's callback, and ./signin calls it with `result.rows[0]` without reading the error: a failed SELECT throws on the undefined result inside the query callback, so the callback never runs and the client is never given back
var pg = require("pg");
var logger = require("./logger");
var signinUser = require("./signin");

var pgConnectionString = process.env.PG_URL;

module.exports = function (io) {
  io.on("connection", function (socket) {
    socket.on("signin_request", function (data) {
      var token = data.token;

      pg.connect(pgConnectionString, function (err, client, done) {
        if (err) {
          logger.error("Cannot connect to PostgreSQL");
          done();
          process.exit(-1);
        }

        signinUser(client, token, logger, function (user) {
          done();
          if (user && "id" in user) {
            socket.auth = true;
            socket.user_id = user.id;
            socket.emit("signin_response", { status: "ok", roles: user.roles });
          } else {
            socket.emit("signin_response", { status: "fail" });
          }
        });
      });
    });
  });
};
