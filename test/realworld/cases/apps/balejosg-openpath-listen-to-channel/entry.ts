// Source: balejosg/openpath — api/src/db/notify.ts at 2f9b00a (listenToPgChannel), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is returned to the caller (who UNLISTENs and releases it later) only after an awaited LISTEN; a LISTEN that fails (a bad channel name, a dropped connection) throws with the client neither returned nor released
import type { Notification, PoolClient } from "pg";
import { pool } from "./pool";

export async function subscribe(opts: {
  channel: string;
  onNotification: (msg: Notification) => void;
  onError?: (err: unknown) => void;
}): Promise<PoolClient> {
  const client = await pool.connect();
  client.on("notification", opts.onNotification);
  if (opts.onError) {
    client.on("error", opts.onError);
  }
  await client.query(`LISTEN ${opts.channel}`);
  return client;
}

export async function unsubscribe(channel: string, client: PoolClient): Promise<void> {
  await client.query(`UNLISTEN ${channel}`);
  client.removeAllListeners("notification");
  client.release();
}
