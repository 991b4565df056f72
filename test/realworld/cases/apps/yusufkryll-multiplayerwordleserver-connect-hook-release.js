// Source: yusufkryll/MultiplayerWordleServer — Network.js at 86a39a1 (the io 'connect' handler) with index.js's onConnect at that commit, reduced by hand, not copied
// Label: leak
// Why: the socket 'connect' handler releases as the try's last statement after calling the `onConnect` hook, so a hook that throws leaves the catch with the client out; and the hook is not awaited: index.js sets it to an async function whose `db.query` is still running when the client goes back to the pool
module.exports = class Network {
  constructor(port) {
    this.onConnect = (client, db) => {
      console.log("Connection successfully!");
    };
    this.Start(port);
  }

  Start = (port) => {
    const http = require("http");
    const express = require("express");
    const socketIo = require("socket.io");
    const { Pool } = require("pg");
    const app = express();

    const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });

    this.server = http.createServer(app);
    this.io = socketIo(this.server);
    this.server.listen(port);

    this.io.on("connect", async (client) => {
      client.emit("dbtest", "ww");
      try {
        const db = await pool.connect();
        this.onConnect(client, db);
        db.release();
      } catch (err) {
        console.error(err);
      }
      client.on("RunAll", (data) => {
        this.io.emit("RunAll", data);
      });
    });
  };
};

// index.js at the same commit:
//   network.onConnect = async (client, db) => {
//     const result = await db.query("SELECT * FROM test_table");
//     client.send("dbtest", result ? result.rows : null);
//   };
