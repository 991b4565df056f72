// Source: coderbunker/logsws — listen.js (wss.on("connection")), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: legacy `pg.connect(url, cb)` per websocket for a LISTEN; the callback takes no release, and `client.end()` on close does not give the checkout back to pg's pool
var pg = require("pg");
var WebSocketServer = require("ws").Server;

var wss = new WebSocketServer({ port: 8080 });

wss.on("connection", function connection(ws) {
  pg.connect(process.env.DATABASE_URL, function (err, client) {
    if (err) {
      console.log(err);
    }
    client.on("notification", function (msg) {
      ws.send(msg.payload);
    });
    ws.on("close", function () {
      client.end();
    });
    client.query("LISTEN systemevents");
  });
});
