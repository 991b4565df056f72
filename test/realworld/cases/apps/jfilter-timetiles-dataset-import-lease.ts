// Source: jfilter/timetiles — apps/web/lib/database/dataset-import-lock.ts (acquireDatasetImportLease, makeLease), reduced by hand, not copied
// Label: hand-over
// Why: the import lease polls `pg_try_advisory_lock` on a fresh checkout: a failed lock query destroys the client (`release(error)`) and rethrows, a lock not granted releases before sleeping, and a granted lock hands the client to the returned lease, whose `release()` unlocks and gives it back
import { Pool, type PoolClient } from "pg";

type Logger = { info: (msg: string, meta?: object) => void; warn: (msg: string, meta?: object) => void };
export type DatasetImportLease = { release: () => Promise<void> };

const LOCK_NAMESPACE = "dataset-import";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let leasePool: Pool | undefined;

const getDefaultLeasePool = (connectionString: string): Pool => {
  if (leasePool) return leasePool;
  const pool = new Pool({ connectionString, max: 4, options: "-c timezone=UTC" });
  pool.on("error", (error) => console.error("Dataset import lease pool error (idle client)", error));
  leasePool = pool;
  return leasePool;
};

const makeLease = (client: PoolClient, datasetId: number, log: Logger): DatasetImportLease => {
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      try {
        await client.query("SELECT pg_advisory_unlock(hashtext($1)::int, $2::int)", [LOCK_NAMESPACE, datasetId]);
        client.release();
      } catch (error) {
        log.warn("Failed to unlock dataset import lease; destroying the connection to free the lock", { datasetId, error });
        client.release(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
};

export const acquireDatasetImportLease = async (
  connectionString: string,
  datasetId: number,
  log: Logger,
  options: { pool?: Pool; pollIntervalMs?: number; maxWaitMs?: number } = {},
): Promise<DatasetImportLease> => {
  const pool = options.pool ?? getDefaultLeasePool(connectionString);
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const maxWaitMs = options.maxWaitMs ?? 600_000;
  const startedAt = Date.now();
  let announcedWait = false;

  while (Date.now() - startedAt < maxWaitMs) {
    let client: PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      log.warn("Lease pool connection unavailable; retrying within the wait budget", { datasetId, error });
      await sleep(pollIntervalMs);
      continue;
    }
    try {
      const result = await client.query("SELECT pg_try_advisory_lock(hashtext($1)::int, $2::int) AS locked", [LOCK_NAMESPACE, datasetId]);
      if (result.rows[0]?.locked === true) {
        if (announcedWait) {
          log.info("Acquired dataset import lease after waiting", { datasetId, waitedMs: Date.now() - startedAt });
        }
        return makeLease(client, datasetId, log);
      }
    } catch (error) {
      client.release(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
    client.release();
    if (!announcedWait) {
      announcedWait = true;
      log.info("Waiting for a concurrent update-strategy import to finish on this dataset", { datasetId });
    }
    await sleep(pollIntervalMs);
  }

  throw new Error(`Timed out after ${maxWaitMs}ms waiting for the import lease on dataset ${datasetId}`);
};
