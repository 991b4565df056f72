// Source: DoK6n/typescript-labs — databases/transaction/bbs/src/database.ts (pgModule), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: every request's derive checks a client out into the context; the onAfterHandle hook that should give it back has its release commented out, so each request keeps one connection
import { Elysia } from "elysia";
import { pool } from "./pg-client";

export const pgModule = new Elysia({ name: "DB.pg" })
  .derive({ as: "global" }, async () => {
    const db = await pool.connect();
    return { db };
  })
  .onAfterHandle(({ db }) => {
    console.log("onAfterHandle");
    // db.release()
  });
