// Source: andreabat/node-red-contrib-postgres — src/nodes/PostgresListenerNode.ts (listenLoop, before commit 7eae990 moved LISTEN to a dedicated pg.Client), reduced by hand, not copied
// Label: hand-over
// Why: the LISTEN client is kept in the node's `listenerClient` while the loop waits for an error; the catch releases it before reconnecting and the close handler releases it
import type pg from "pg";

export function startListener(node: any, channel: string) {
  let listenerClient: pg.PoolClient | null = null;
  let closed = false;

  async function listenLoop(): Promise<void> {
    let attempt = 0;
    while (!closed) {
      try {
        listenerClient = await node.config.pgPool.connect();
        await listenerClient!.query(`LISTEN ${channel}`);
        attempt = 0;
        listenerClient!.on("notification", (msg: pg.Notification) => node.send({ payload: msg.payload }));
        await new Promise<void>((_, reject) => {
          listenerClient!.on("error", reject);
        });
      } catch (err: any) {
        if (closed) break;
        attempt++;
        if (listenerClient) {
          try {
            listenerClient.release();
          } catch {
            // best effort
          }
          listenerClient = null;
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(30000, 500 * 2 ** attempt)));
      }
    }
  }

  listenLoop().catch((err: any) => node.error(`listener loop failed: ${err.message}`));

  node.on("close", async () => {
    closed = true;
    if (listenerClient) {
      try {
        await listenerClient.query(`UNLISTEN ${channel}`);
      } catch (e: any) {
        node.warn(`UNLISTEN failed: ${e.message}`);
      }
      listenerClient.release();
      listenerClient = null;
    }
  });
}
