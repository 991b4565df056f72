// Source: socketio/socket.io-postgres-adapter — lib/index.ts at c00716d^ (createAdapter's initClient, before "fix: properly release the client when calling io.close()"; the current lib/util.ts, already a case, keeps the client in a local until its LISTENs succeed), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout goes into the factory's `client` variable before the awaited LISTEN per channel; when a LISTEN rejects, the catch schedules initClient again, which overwrites `client` with a new checkout, and the first is never released
import type { Notification, Pool, PoolClient } from "pg";

export function createAdapter(pool: Pool, opts: { errorHandler?: (err: Error) => void } = {}) {
  const errorHandler = opts.errorHandler || ((err: Error) => console.error(err));
  const channelToAdapters = new Map<string, { onEvent(payload?: string): Promise<void> }>();
  let isConnectionInProgress = false;
  let client: PoolClient | undefined;

  const scheduleReconnection = () => {
    const reconnectionDelay = Math.floor(2000 * (0.5 + Math.random()));
    setTimeout(initClient, reconnectionDelay);
  };

  const initClient = async () => {
    try {
      client = await pool.connect();
      isConnectionInProgress = false;

      for (const [channel] of channelToAdapters) {
        await client.query(`LISTEN "${channel}"`);
      }

      client.on("notification", async (msg: Notification) => {
        try {
          await channelToAdapters.get(msg.channel)?.onEvent(msg.payload);
        } catch (err) {
          errorHandler(err as Error);
        }
      });
      client.on("end", () => {
        scheduleReconnection();
      });
    } catch (err) {
      errorHandler(err as Error);
      scheduleReconnection();
    }
  };

  return function (channel: string, adapter: { onEvent(payload?: string): Promise<void>; close(): void }) {
    channelToAdapters.set(channel, adapter);
    if (isConnectionInProgress) {
      // nothing to do
    } else if (client) {
      client.query(`LISTEN "${channel}"`).catch(errorHandler);
    } else {
      isConnectionInProgress = true;
      initClient();
    }

    const defaultClose = adapter.close;
    adapter.close = () => {
      channelToAdapters.delete(channel);
      if (channelToAdapters.size === 0 && client) {
        client.removeAllListeners("end");
        client.release();
        client = undefined;
      }
      defaultClose.call(adapter);
    };
    return adapter;
  };
}
