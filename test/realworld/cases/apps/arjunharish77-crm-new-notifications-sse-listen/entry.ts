// Source: arjunharish77/crm-new — src/app/api/notifications/sse/route.ts at 18d2c04 (GET), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the stream's start() checks a client out of the realtime pool, then awaits LISTEN and an unread-notifications query before it assigns the cleanup that releases; a failing LISTEN or query rejects start() with the client held for ever
import type { PoolClient } from "pg";
import { getRealtimePool, dbQuery } from "./pool";

export async function GET(request: Request) {
  const userId = new URL(request.url).searchParams.get("user") ?? "";
  let cleanup: (() => void) | null = null;
  const encoder = new TextEncoder();

  const stream = new ReadableStream({
    async start(controller) {
      const send = (data: unknown) => controller.enqueue(encoder.encode(`data: ${JSON.stringify(data)}\n\n`));
      let client: PoolClient | null = null;
      const onNotification = (msg: { payload?: string }) => {
        try {
          const payload = JSON.parse(msg.payload ?? "{}");
          if (payload.userId === userId) send(payload);
        } catch {
          // ignore malformed payloads
        }
      };

      try {
        client = await getRealtimePool().connect();
      } catch {
        send({ type: "error", message: "Realtime notifications unavailable" });
        controller.close();
        return;
      }

      client.on("notification", onNotification);
      await client.query("listen crm_notifications");
      const unread = await dbQuery("select id, title from notifications where user_id = $1 and is_read = false", [userId]);
      send({ type: "snapshot", notifications: unread });

      cleanup = () => {
        cleanup = null;
        client?.off("notification", onNotification);
        client?.query("unlisten crm_notifications").catch(() => undefined).finally(() => client?.release());
      };
      request.signal.addEventListener("abort", () => cleanup?.(), { once: true });
    },
    cancel() {
      cleanup?.();
    },
  });

  return new Response(stream, { headers: { "Content-Type": "text/event-stream" } });
}
