// Source: jawj/zapatos — src/db/transaction.ts (transaction), reduced by hand, not copied
// Label: safe
// Why: a client is checked out only when given a pool (`clientIsOurs`), and the same flag releases it in the outer finally; the lines before the try only set a field and read the config
import type * as pg from "pg";

type Queryable = pg.Pool | pg.PoolClient;
type TxnClient = pg.PoolClient & { _txn?: { isolationLevel: string; txnId: number } };

let txnSeq = 0;
const settings = { attemptsMax: 5, retryDelay: { minMs: 25, maxMs: 250 } };
const getSettings = () => settings;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isSerializationFailure = (err: unknown) => (err as { code?: string }).code === "40001";

export async function transaction<T>(queryable: Queryable, isolationLevel: string, callback: (client: TxnClient) => Promise<T>): Promise<T> {
  const txnId = txnSeq++;
  const clientIsOurs = "totalCount" in queryable;
  const txnClient = (clientIsOurs ? await (queryable as pg.Pool).connect() : queryable) as TxnClient;

  txnClient._txn = { isolationLevel, txnId };
  const { attemptsMax, retryDelay } = getSettings();

  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await txnClient.query(`START TRANSACTION ISOLATION LEVEL ${isolationLevel}`);
        const result = await callback(txnClient);
        await txnClient.query("COMMIT");
        return result;
      } catch (err) {
        await txnClient.query("ROLLBACK");
        if (isSerializationFailure(err) && attempt < attemptsMax) {
          await wait(retryDelay.minMs + (retryDelay.maxMs - retryDelay.minMs) * Math.random());
        } else {
          throw err;
        }
      }
    }
  } finally {
    delete txnClient._txn;
    if (clientIsOurs) txnClient.release();
  }
}
