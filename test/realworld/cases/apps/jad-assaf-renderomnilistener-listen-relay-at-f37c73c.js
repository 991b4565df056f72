// Source: Jad-Assaf/RenderOmniListener — listener.js at f37c73c (the async IIFE, two commits before the catch was added), reduced by hand, not copied
// Label: leak
// Why: the LISTEN checkout is kept only by the notification handler and an un-handled `SELECT 1` interval, never released nor stored; the IIFE has no catch, so a rejected LISTEN is an unhandled rejection that leaves the client checked out
import pg from "pg";
import WebSocket, { WebSocketServer } from "ws";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });
const wss = new WebSocketServer({ port: 8080 });

function broadcast(json) {
  const data = JSON.stringify(json);
  wss.clients.forEach((c) => {
    if (c.readyState === WebSocket.OPEN) c.send(data);
  });
}

(async () => {
  const client = await pool.connect();
  await client.query("LISTEN new_message");

  client.on("notification", (msg) => {
    try {
      broadcast(JSON.parse(msg.payload ?? "{}"));
    } catch (e) {
      console.error("Bad payload:", e);
    }
  });

  setInterval(() => client.query("SELECT 1"), 600_000);
})();
