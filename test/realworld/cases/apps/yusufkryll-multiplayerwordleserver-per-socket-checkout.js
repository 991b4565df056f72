// Source: yusufkryll/MultiplayerWordleServer — Network.js at 93420cf (Start, the io 'connect' handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the multiplayer Wordle server checks a client out for every socket that connects and keeps it in the connection's closure for the player's whole session (profile, friends, arena fees and prizes query through it); the 'disconnect' handler only logs, so nothing ever releases it and the pool is spent after ten players
module.exports = class Network {
  constructor(port) {
    this.onConnect = (io, client, db) => {
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

    this.io.on("connect", (client) => {
      let otherPlayer = null;
      let db = null;
      pool.connect((err, database) => {
        if (err) throw err;
        this.onConnect(this.io, client, database);
        db = database;
      });

      client.on("ChallengeAccept", async (publicId) => {
        const sockets = await this.io.fetchSockets();
        otherPlayer = sockets.find((s) => s.data.public_id == publicId);
        if (otherPlayer) gameAction(client, otherPlayer, db);
      });

      client.on("disconnect", (reason) => {
        console.log(`reason: ${reason}`);
      });
    });

    async function gameAction(client, otherPlayer, db) {
      const arena = await db.query("SELECT * FROM arenas WHERE name = $1", [client.data.arenaName]);
      await db.query("UPDATE users SET coin = coin - $1 WHERE public_id IN ($2, $3)", [
        arena.rows[0].fee,
        client.data.public_id,
        otherPlayer.data.public_id,
      ]);
    }
  };
};
