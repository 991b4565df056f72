// Source: graphile/worker — src/main.ts (the worker start-up loop, at its first commit bc7c5af "Import worker code"), reduced by hand, not copied
// Label: hand-over
// Why: each checked-out client is given to `makeNewWorker` (same file), whose worker keeps it for the life of the process to poll for jobs
import type { Pool, PoolClient } from "pg";

interface Worker {
  workerId: string;
  nudge(): boolean;
  doNext(): Promise<void>;
}

export function makeNewWorker(pgPool: Pool, client: PoolClient): Worker {
  const workerId = `worker-${Math.random().toString(36).slice(2)}`;
  const doNext = async (): Promise<void> => {
    const { rows } = await client.query("SELECT * FROM graphile_worker.get_job($1)", [workerId]);
    if (rows.length) setImmediate(doNext);
  };
  return { workerId, nudge: () => false, doNext };
}

export async function start(pgPool: Pool, workerCount: number) {
  const workers: Worker[] = [];
  for (let i = 0; i < workerCount; i++) {
    const workerClient = await pgPool.connect();
    const worker = makeNewWorker(pgPool, workerClient);
    workers.push(worker);
    worker.doNext();
  }
  return workers;
}
