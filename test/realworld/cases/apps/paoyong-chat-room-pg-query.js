// Source: paoyong/chat-room — db.js at 971631c (pgQuery), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: every chat-room query (messages sent from the socket.io handler, room lists) takes a legacy `pg.connect` checkout and never calls `done`: a failed query returns after logging with the client out, and the success path `end()`s the pooled client instead of releasing it
var config = require("./config.js");
var pg = require("pg");

var pgURL = config.pg_server_url;

function pgQuery(queryString, callback) {
  pg.connect(pgURL, function (err, client, done) {
    if (err) {
      callback(err);
    }
    client.query(queryString, function (err, result) {
      if (err) {
        return console.error("Error running query ", err);
      }
      callback(null, result);
      client.end();
    });
  });
}

module.exports = {
  insertMessage: function (chatRoom, username, message, unixTime, callback) {
    var text = "INSERT INTO message VALUES (DEFAULT, '" + chatRoom + "','" + username + "','" + message + "', to_timestamp(" + unixTime + "))";
    pgQuery(text, function (err) {
      callback(err || null);
    });
  },
  getChatRooms: function (callback) {
    pgQuery("SELECT room_name FROM chat_room", function (err, result) {
      if (err) callback(err);
      else callback(null, result.rows);
    });
  },
};
