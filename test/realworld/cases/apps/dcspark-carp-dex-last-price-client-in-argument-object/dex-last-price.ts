// The service the entry calls (webserver/server/app/services/DexLastPrice.ts, reduced by hand, not copied): it reads
// the request's fields and runs one query on `request.dbTx`, and never releases it.
import type { PoolClient } from "pg";
import { lastPriceQuery } from "./last-price.queries";

export async function lastPriceOfPairs(request: { dbTx: PoolClient; pairs: { a: string; b: string }[]; kind: string }) {
  if (request.pairs.length === 0) return { lastPrice: [] };
  let rows;
  switch (request.kind) {
    case "sell":
      rows = await lastPriceQuery.run({ pairs: request.pairs.map((pair) => pair.a), side: 0 }, request.dbTx);
      break;
    default:
      rows = await lastPriceQuery.run({ pairs: request.pairs.map((pair) => pair.b), side: 1 }, request.dbTx);
  }
  return { lastPrice: rows.map((row) => ({ amount: row.amount })) };
}
