// Source: mig-ramos/web-socket-postgresql — src/server.js at 397c91e (module scope), reduced by hand, not copied
// Label: safe
// Why: the socket.io fan-out LISTENs on a dedicated `new Client(...)` from pg connected once at start-up (not a pool checkout) and broadcasts every notification with `io.emit`; the connection lives as long as the server
const express = require("express");
const http = require("http");
const { Server } = require("socket.io");
const { Client } = require("pg");

const app = express();
const server = http.createServer(app);
const io = new Server(server);

app.use(express.static("public"));

const pgClient = new Client({ connectionString: process.env.DATABASE_URL });
pgClient.connect();

pgClient.query("LISTEN notificacoes");

pgClient.on("notification", (msg) => {
  io.emit("update", msg.payload);
});

server.listen(3000, () => {
  console.log("listening on 3000");
});
