// Source: timgit/pg-boss — src/db.ts (the LISTEN/NOTIFY connection's connect()), reduced by hand, not copied
// Label: safe
// Why: a dedicated `pg.Client`, not a pool checkout; a failed connect or LISTEN ends it in the catch
import pg from "pg";

export async function openListener(config: pg.ClientConfig, channel: string, onPayload: (payload: string) => void) {
  let current: pg.Client | null = null;
  const next = new pg.Client({ ...config, keepAlive: true });
  next.on("notification", (msg) => {
    if (msg.payload !== undefined) onPayload(msg.payload);
  });
  current = next;
  try {
    await next.connect();
    await next.query(`LISTEN "${channel}"`);
  } catch (err) {
    next.removeAllListeners();
    await next.end().catch(() => {});
    if (current === next) current = null;
    throw err;
  }
  return {
    close: async () => {
      await current?.end().catch(() => {});
      current = null;
    },
  };
}
