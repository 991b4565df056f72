// Source: NehoraiHadad/agendo — src/lib/realtime/pg-notify.ts at b417d18 (createChannelSlot, "multiplex PG NOTIFY listeners to prevent connection pool exhaustion"), reduced by hand, not copied
// Label: leak
// Why: the multiplexer's slot factory checks a client out and awaits LISTEN before it builds the slot that later releases it (reconnectSlot, the last unsubscribe); a rejected LISTEN rejects createChannelSlot with the checkout referenced nowhere
import { Pool, type PoolClient } from "pg";

interface ChannelSlot {
  client: PoolClient;
  listeners: Set<(payload: string) => void>;
  heartbeatTimer: ReturnType<typeof setInterval>;
  dead: boolean;
}

let listenerPool: Pool | null = null;
function getListenerPool(): Pool {
  if (!listenerPool) listenerPool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
  return listenerPool;
}

declare function reconnectSlot(channel: string, slot: ChannelSlot): void;

export async function createChannelSlot(channel: string): Promise<ChannelSlot> {
  const client = await getListenerPool().connect();
  await client.query(`LISTEN "${channel}"`);

  const slot: ChannelSlot = {
    client,
    listeners: new Set(),
    heartbeatTimer: null as unknown as ReturnType<typeof setInterval>,
    dead: false,
  };

  client.on("notification", (msg: { channel: string; payload?: string }) => {
    if (msg.channel === channel && msg.payload) {
      for (const cb of slot.listeners) cb(msg.payload);
    }
  });
  client.on("error", () => {
    if (slot.dead) return;
    reconnectSlot(channel, slot);
  });

  slot.heartbeatTimer = setInterval(() => {
    if (slot.dead || slot.listeners.size === 0) return;
    slot.client.query("SELECT 1").catch(() => {});
  }, 60_000);

  return slot;
}
