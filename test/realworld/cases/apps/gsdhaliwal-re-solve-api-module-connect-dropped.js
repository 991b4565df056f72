// Source: GSDhaliwal/re-solve-api — src/index.js at 4e87a8d (the quiz server's module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the multiplayer quiz server calls `db.connect()` on its Pool at load and drops the promise: the checked-out client is never released (nor its rejection handled), and every socket handler then queries through the pool with one client fewer
require("dotenv").config();
const app = require("express")();

const { Pool } = require("pg");
const dbParams = require("../lib/db.js");
const db = new Pool(dbParams);
db.connect();

const server = app.listen(5000, () => {
  console.log("listening on port 5000");
});
const io = require("socket.io")(server);

const gameslist = require("./gameslist");
const lobbylist = require("./lobbylist");
const joinRoom = require("./joinRoom");

io.on("connection", (socket) => {
  gameslist.list(socket, db);
  lobbylist.lobbylist(socket, db);
  joinRoom.joinRoom(socket, db, io);

  socket.on("disconnect", () => {
    console.log("user disconnected");
  });
});
