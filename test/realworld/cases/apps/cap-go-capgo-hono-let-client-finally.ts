// Source: Cap-go/capgo — supabase/functions/_backend/public/bundle/set_channel.ts (setChannel), reduced by hand, not copied
// Label: safe
// Why: the checkout is assigned inside the try to an outer `let`, and the finally releases it with `dbClient?.release()` before closing the request's pool
import type { Context } from "hono";
import type { PoolClient } from "pg";
import { closeClient, getPgClient } from "../utils/pg";
import { setChannelInTransaction, simpleError } from "../utils/channel";

export async function setChannel(c: Context, body: { channel: string; version_id: number }): Promise<Response> {
  const pgClient = getPgClient(c);
  let dbClient: PoolClient | null = null;
  let transactionStarted = false;
  let result: { channelName: string; versionName: string } | null = null;
  try {
    dbClient = await pgClient.connect();
    await dbClient.query("BEGIN");
    transactionStarted = true;
    result = await setChannelInTransaction(c, body, dbClient);
    await dbClient.query("COMMIT");
  } catch (error) {
    if (dbClient && transactionStarted) {
      try {
        await dbClient.query("ROLLBACK");
      } catch {
        // keep the original error
      }
    }
    throw simpleError("cannot_set_bundle_to_channel", (error as Error)?.message);
  } finally {
    dbClient?.release();
    await closeClient(c, pgClient);
  }

  return c.json({ status: "success", message: `Bundle ${result!.versionName} set to channel ${result!.channelName}` });
}
