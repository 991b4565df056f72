// Source: dcSpark/carp — webserver/server/app/controllers/DexLastPriceController.ts (dexLastPrice), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client checked out into the argument object's `dbTx` is only queried by the service; nobody releases it, so every request leaks one
import { Body, Controller, Post, Route } from "tsoa";
import pool from "../services/PgPoolSingleton";
import { lastPriceOfPairs } from "./dex-last-price";

@Route("dex/last-price")
export class DexLastPriceController extends Controller {
  @Post()
  public async lastPrice(@Body() body: { pairs: { a: string; b: string }[]; kind: string }) {
    if (body.pairs.length > 50) {
      return { error: "too many asset pairs" };
    }

    const prices = await lastPriceOfPairs({
      dbTx: await pool.connect(),
      pairs: body.pairs,
      kind: body.kind,
    });

    return prices;
  }
}
