// Source: vodxjpg/trapigram — src/app/api/tickets/[id]/events/route.ts at 4f9962f9 (GET), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the SSE route checks a dedicated client out and awaits `LISTEN ticket_…` before it builds the stream whose close() (ttl timer or the request's abort) releases it; a rejected LISTEN, awaited outside any try, leaves the checkout with no release (close() also queues UNLISTEN un-awaited before its release)
export const runtime = "nodejs";
export const revalidate = 0;

import { NextRequest } from "next/server";
import { pgPool as pool } from "@/lib/db";
import type { ClientBase } from "pg";

export async function GET(_req: NextRequest, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const chan = `ticket_${id.replace(/-/g, "")}`;

  const client: ClientBase = await pool.connect();

  const encoder = new TextEncoder();
  let heartbeat: NodeJS.Timeout;
  let ttl: NodeJS.Timeout;

  const onNotify = (msg: any, send: (obj: unknown) => void) => {
    if (msg.channel !== chan) return;
    try {
      send(JSON.parse(msg.payload ?? "{}"));
    } catch {
      // malformed payloads are dropped
    }
  };

  client.on("error", (e: unknown) => console.error("[SSE client error]", e));
  await client.query(`LISTEN ${chan}`);

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (obj: unknown) => controller.enqueue(encoder.encode(`data:${JSON.stringify(obj)}\n\n`));
      const handler = (msg: any) => onNotify(msg, send);
      // @ts-ignore
      client.on("notification", handler);

      controller.enqueue(encoder.encode(": connected\n\n"));
      heartbeat = setInterval(() => {
        controller.enqueue(encoder.encode(": ping\n\n"));
      }, 10_000);
      ttl = setTimeout(close, 25_000);

      function close() {
        clearInterval(heartbeat);
        clearTimeout(ttl);
        // @ts-ignore
        client.off?.("notification", handler);
        client.query(`UNLISTEN ${chan}`).catch(() => {});
        // @ts-ignore
        client.release?.();
        controller.close();
      }

      _req.signal.addEventListener("abort", close);
    },
  });

  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache", Connection: "keep-alive" },
  });
}
