// Source: Jad-Assaf/RenderOmniListener — listener.js at dd0cb16 (the top-level async IIFE), reduced by hand, not copied
// Label: leak
// Why: the WebSocket relay checks a client out of the pool for LISTEN and keeps it only through its notification handler and keep-alive interval: it is never released nor stored for a shutdown (a failed LISTEN ends the process through the catch's process.exit)
import pg from "pg";
import WebSocket, { WebSocketServer } from "ws";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const wss = new WebSocketServer({ port: 8080 });

function broadcast(json) {
  const data = JSON.stringify(json);
  for (const c of wss.clients) {
    if (c.readyState === WebSocket.OPEN) c.send(data);
  }
}

(async () => {
  const client = await pool.connect();
  await client.query("LISTEN new_message");

  client.on("notification", (msg) => {
    try {
      broadcast(JSON.parse(msg.payload ?? "{}"));
    } catch (err) {
      console.error("Bad payload:", err);
    }
  });

  setInterval(() => {
    client.query("SELECT 1").catch((err) => console.error("keep-alive failed:", err));
  }, 600_000);
})().catch((err) => {
  console.error("Listener crashed:", err);
  process.exit(1);
});
