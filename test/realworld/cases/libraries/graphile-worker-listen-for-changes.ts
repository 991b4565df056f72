// Source: graphile/worker — src/main.ts (listenForChanges, the LISTEN client of a worker pool), reduced by hand, not copied
// Label: hand-over
// Why: the checked-out client is kept for LISTEN in the outer `changeListener` with its `release`; shutdown and the error handler release it
import type { Pool, PoolClient, Notification } from "pg";

interface ChangeListener {
  client: PoolClient;
  release: () => Promise<void>;
}

export function startListening(pgPool: Pool, nudge: (count: number) => void, isActive: () => boolean) {
  let changeListener: ChangeListener | null = null;
  let attempts = 0;

  const reconnectLater = (err: Error) => {
    attempts++;
    const delay = Math.min(60_000, 50 * Math.exp(attempts));
    console.error(`listener failed, retrying in ${delay}ms: ${err.message}`);
    setTimeout(connectListener, delay);
  };

  const listenForChanges = (err: Error | undefined, maybeClient: PoolClient | undefined, releaseClient: () => void) => {
    if (!isActive()) {
      releaseClient?.();
      return;
    }
    if (err || !maybeClient) {
      reconnectLater(err ?? new Error("no client"));
      return;
    }
    const client = maybeClient;

    function onNotification(message: Notification) {
      if (changeListener?.client === client && message.channel === "jobs:insert") nudge(1);
    }

    async function release() {
      changeListener = null;
      client.removeListener("notification", onNotification);
      client.removeListener("error", onError);
      try {
        await client.query('UNLISTEN "jobs:insert"');
      } catch (unlistenErr) {
        console.error(`UNLISTEN failed: ${unlistenErr}`);
      }
      return releaseClient();
    }

    let handled = false;
    function onError(e: Error) {
      if (handled) return;
      handled = true;
      void release();
      reconnectLater(e);
    }

    client.on("error", onError);
    changeListener = { client, release };
    client.on("notification", onNotification);
    client.query('LISTEN "jobs:insert"').then(() => {
      attempts = 0;
    }, onError);
  };

  function connectListener() {
    pgPool.connect(listenForChanges);
  }

  connectListener();
  return {
    stop: () => changeListener?.release(),
  };
}
