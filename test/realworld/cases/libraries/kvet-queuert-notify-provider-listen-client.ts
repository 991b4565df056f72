// Source: kvet/queuert — packages/postgres/src/notify-provider/notify-provider.pg-pool.ts (createPgPoolNotifyProvider / ensureListenClient), reduced by hand, not copied
// Label: hand-over
// Why: the `.then` callback keeps the checkout in the provider's `listenClient` closure variable and resolves it to the subscribers; when the provider closed while connecting it releases it and throws instead; releaseListenClient() gives it back on close or after the last unsubscribe
import type { Pool, PoolClient } from "pg";

export const createPgPoolNotifyProvider = ({ pool }: { pool: Pool }) => {
  let listenClient: PoolClient | null = null;
  let connectingPromise: Promise<PoolClient> | null = null;
  let closed = false;
  const handlers = new Map<string, (payload: string) => void>();

  const releaseListenClient = (): void => {
    if (listenClient) {
      listenClient.removeAllListeners("notification");
      listenClient.release();
      listenClient = null;
    }
  };

  const ensureListenClient = async (): Promise<PoolClient> => {
    if (closed) throw new Error("Provider is closed");
    if (listenClient) return listenClient;
    if (connectingPromise) return connectingPromise;

    connectingPromise = pool.connect().then((client) => {
      connectingPromise = null;
      if (closed) {
        client.release();
        throw new Error("Provider is closed");
      }
      listenClient = client;
      listenClient.on("notification", (msg: { channel: string; payload?: string }) => {
        handlers.get(msg.channel)?.(msg.payload ?? "");
      });
      return listenClient;
    });

    return connectingPromise;
  };

  return {
    ensureListenClient,
    close: async () => {
      closed = true;
      releaseListenClient();
      handlers.clear();
    },
  };
};
