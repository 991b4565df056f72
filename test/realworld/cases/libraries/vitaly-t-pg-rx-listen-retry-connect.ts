// Source: vitaly-t/pg-rx-listen — src/listener.ts (createConnection, connect), reduced by hand, not copied
// Label: hand-over
// Why: the arrow given to the retry helper returns the checkout; the `.then` stores it in `this.client`, and releaseClient() gives it back on error, on stop and on the last unsubscribe
import type { Pool, PoolClient } from "pg";
import { retryAsync, type RetryOptions } from "retry-async";

export class ListenConnection {
  client?: PoolClient;

  constructor(private readonly pool: Pool) {}

  open(retry: RetryOptions, onStop: (err: unknown) => void) {
    const pool = this.pool;
    let unsubscribed = false;
    const release = (err?: Error) => {
      if (this.client) {
        this.client.release(err);
        this.client = undefined;
      }
    };
    retryAsync(() => pool.connect(), retry)
      .then((client) => {
        this.client = client;
        client.on("error", (err) => release(err));
        if (unsubscribed) release();
      })
      .catch((err) => {
        release(err);
        onStop(err);
      });
    return () => {
      unsubscribed = true;
      release();
    };
  }
}
