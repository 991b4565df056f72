// Source: alanhoff/mastra-pg-pubsub — test/coverage.test.ts ("close while the listener's connect is pending"), reduced by hand, not copied
// Label: safe
// Why: the test holds the pool's only connection across `await sleep(…)` pauses before releasing it; the imported sleep (a setTimeout promise in ./helpers) never rejects and `ps.subscribe` is async, so nothing between checkout and release can throw
import { Pool } from "pg";
import { PostgresPubSub } from "../src/postgres-pubsub";
import { sleep } from "./helpers";

export async function closeWhileListenerConnectPends(connectionString: string) {
  const blockingPool = new Pool({ connectionString, max: 1 });
  try {
    const ps = new PostgresPubSub({ pool: blockingPool, listen: true });
    const held = await blockingPool.connect();
    const subPromise = ps.subscribe("topic-blocking", () => {}).catch(() => undefined);
    await sleep(20);
    held.release();
    await subPromise;
  } finally {
    await blockingPool.end().catch(() => undefined);
  }
}
