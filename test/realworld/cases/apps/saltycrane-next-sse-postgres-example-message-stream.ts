// Source: saltycrane/next-sse-postgres-example — lib/db.ts at beb46d3 (createMessageStream, returned by the app/stream route's GET), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: each browser's SSE stream checks a client out in start() into the closure's `let client` and holds it for LISTEN until cancel() releases it; a browser that goes away while `pool.connect()` is still pending runs cancel() with `client` still null, then start() goes on to assign, SELECT and LISTEN on a checkout nothing will ever release
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export function createMessageStream() {
  const encoder = new TextEncoder();
  let isControllerActive = true;
  let heartbeatInterval: NodeJS.Timeout;
  let client: any = null;

  return new ReadableStream({
    async start(controller) {
      try {
        client = await pool.connect();

        const { rows: initialMessages } = await client.query("SELECT * FROM messages ORDER BY created_at DESC LIMIT 10");
        if (isControllerActive) {
          controller.enqueue(encoder.encode(`data: ${JSON.stringify({ type: "initial", messages: initialMessages })}\n\n`));
        }

        await client.query("LISTEN message_changes");

        client.on("notification", (notification: any) => {
          if (!isControllerActive) return;
          controller.enqueue(encoder.encode(`data: ${JSON.stringify({ type: "update", message: JSON.parse(notification.payload) })}\n\n`));
        });

        heartbeatInterval = setInterval(() => {
          if (!isControllerActive) {
            clearInterval(heartbeatInterval);
            return;
          }
          controller.enqueue(encoder.encode(`data: ${JSON.stringify({ type: "heartbeat" })}\n\n`));
        }, 30000);
      } catch (error) {
        console.error("Stream setup error:", error);
        if (isControllerActive) {
          isControllerActive = false;
          if (heartbeatInterval) clearInterval(heartbeatInterval);
          if (client) {
            client.query("UNLISTEN message_changes").catch(console.error);
            client.release();
          }
          controller.close();
        }
      }
    },

    cancel() {
      isControllerActive = false;
      if (heartbeatInterval) clearInterval(heartbeatInterval);
      if (client) {
        client.query("UNLISTEN message_changes").catch(console.error);
        client.release();
      }
    },
  });
}
