// Source: NehoraiHadad/agendo — src/lib/realtime/pg-notify.ts at e518983 (setupListenClient, "harden PG NOTIFY with keepalive, auto-reconnect, and heartbeat"), reduced by hand, not copied
// Label: leak
// Why: the hardened LISTEN set-up checks a client out and awaits LISTEN before it stores the client in `ref.client`, where the error handler and the unsubscribe closure release it; a LISTEN that rejects (the reconnect path retries on exactly that) leaves each attempt's checkout behind
import { Pool, type PoolClient } from "pg";

interface ClientRef {
  client: PoolClient;
  handler: (msg: { channel: string; payload?: string }) => void;
  heartbeatTimer: ReturnType<typeof setInterval> | null;
  dead: boolean;
}

let listenerPool: Pool | null = null;
function getListenerPool(): Pool {
  if (!listenerPool) listenerPool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20, keepAlive: true });
  return listenerPool;
}

declare function reconnect(channel: string, callback: (payload: string) => void, ref: ClientRef): void;

export async function setupListenClient(channel: string, callback: (payload: string) => void, ref: ClientRef): Promise<void> {
  if (ref.heartbeatTimer !== null) {
    clearInterval(ref.heartbeatTimer);
    ref.heartbeatTimer = null;
  }

  const client = await getListenerPool().connect();
  await client.query(`LISTEN "${channel}"`);

  const handler = (msg: { channel: string; payload?: string }) => {
    if (msg.channel === channel && msg.payload) callback(msg.payload);
  };
  client.on("notification", handler);

  client.on("error", () => {
    if (ref.dead) return;
    client.off("notification", ref.handler);
    client.release(true);
    reconnect(channel, callback, ref);
  });

  ref.client = client;
  ref.handler = handler;
  ref.heartbeatTimer = setInterval(() => {
    ref.client.query("SELECT 1").catch(() => {});
  }, 60_000);
}
