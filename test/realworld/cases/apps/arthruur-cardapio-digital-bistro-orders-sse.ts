// Source: arthruur/cardapio-digital-bistro — src/pages/api/orders/sse.ts at 423c69d (the Server-Sent Events handler), reduced by hand, not copied
// Label: leak
// Why: the SSE route checks a client out per open stream and awaits `LISTEN order_changes` before it registers the `close` listener that releases it; a LISTEN that rejects (or a client that disconnects while it runs) leaves the checkout with nothing to give it back
import { Pool } from "pg";
import type { NextApiRequest, NextApiResponse } from "next";

const pool = new Pool({ connectionString: process.env.NEON_DATABASE_URL, ssl: true });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader("Content-Type", "text/event-stream");
  res.setHeader("Cache-Control", "no-cache");
  res.flushHeaders();

  const client = await pool.connect();
  await client.query("LISTEN order_changes");

  const handleNotification = (msg: { payload?: string }) => {
    res.write(`data: ${msg.payload}\n\n`);
  };
  client.on("notification", handleNotification);

  req.on("close", () => {
    client.off("notification", handleNotification);
    client.release();
    res.end();
  });
}
