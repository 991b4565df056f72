// Source: davidmfoley/estk — estk-pg/src/transaction.ts (PostgresTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: BEGIN is awaited before the transaction object (whose commit/rollback release the client) is returned; a failed BEGIN throws with the checkout held by nobody
import Debug from "debug";
import { Pool } from "pg";
import wrapQuery from "./wrap_query";

const debug = Debug("estk-pg.transaction");

export default async function PostgresTransaction(txPool: Pool) {
  const client = await txPool.connect();
  const wrappedQuery = wrapQuery(client.query.bind(client), debug);
  await wrappedQuery({ sql: "BEGIN;" });
  const commit = async () => {
    await wrappedQuery({ sql: "COMMIT;" });
    client.release();
  };
  const rollback = async () => {
    await wrappedQuery({ sql: "ROLLBACK;" });
    client.release();
  };
  return { commit, rollback, query: wrappedQuery };
}
