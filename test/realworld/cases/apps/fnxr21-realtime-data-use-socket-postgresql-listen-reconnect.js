// Source: fnxr21/realtime-data-use-socket-postgresql — index.js at e2941d4 (the LISTEN loop's connect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the socket.io fan-out keeps a pool checkout for LISTEN in an outer `let client`; a rejected LISTEN rejects connect() before any listener is attached (nothing releases it, and the start-up IIFE's rejection goes unhandled), and the 'end' listener reconnects with a new checkout without releasing the ended one
const express = require("express");
const { createServer } = require("http");
const { Server } = require("socket.io");
const { Pool } = require("pg");

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const httpServer = createServer(app);
const io = new Server(httpServer, { cors: { origin: "*" } });

(async () => {
  let client;

  async function connect() {
    client = await pool.connect();
    await client.query("LISTEN new_data");

    let count = 0;
    client.on("notification", (msg) => {
      count++;
      io.emit("new_data", { ...JSON.parse(msg.payload), count });
    });

    client.on("error", async (err) => {
      console.error("Postgres client error:", err);
      client.release();
      setTimeout(connect, 1000);
    });

    client.on("end", () => {
      console.warn("Postgres client ended, reconnecting...");
      setTimeout(connect, 1000);
    });
  }

  await connect();
})();

httpServer.listen(4000);
