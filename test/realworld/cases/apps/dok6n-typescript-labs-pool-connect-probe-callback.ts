// Source: DoK6n/typescript-labs — databases/transaction/bbs/src/pg-client.ts, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up probe `pool.connect((err) => …)` checks a client out and its callback never takes the client or calls done, so that connection is never returned
import { Pool } from "pg";

export const pool = new Pool({ host: "localhost", database: "mydb", max: 20, idleTimeoutMillis: 30000 });

pool.connect((err) => {
  if (err) {
    console.log("Failed to connect db " + err);
  } else {
    console.log("Connect to db done!");
  }
});
