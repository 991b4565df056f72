// Source: NehoraiHadad/agendo — src/lib/realtime/pg-notify.ts at 085d325 (subscribe, used by the sessions' SSE event routes), reduced by hand, not copied
// Label: leak
// Why: each SSE stream's subscribe() checks a LISTEN client out of the listener pool and awaits LISTEN before it returns the unsubscribe closure that releases it; a rejected LISTEN loses the checkout, and the closure releases while its UNLISTEN is still queued on the client
import { Pool } from "pg";

let listenerPool: Pool | null = null;

function getListenerPool(): Pool {
  if (!listenerPool) {
    listenerPool = new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });
  }
  return listenerPool;
}

export async function subscribe(channel: string, callback: (payload: string) => void): Promise<() => void> {
  const client = await getListenerPool().connect();
  await client.query(`LISTEN "${channel}"`);
  client.on("notification", (msg) => {
    if (msg.channel === channel && msg.payload) callback(msg.payload);
  });
  return () => {
    client.query(`UNLISTEN "${channel}"`).catch(() => {});
    client.release();
  };
}
