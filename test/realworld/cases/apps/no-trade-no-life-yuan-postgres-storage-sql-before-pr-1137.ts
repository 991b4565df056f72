// Source: No-Trade-No-Life/Yuan — apps/postgres-storage/src/index.ts at 13c504e2d^ (the 'SQL' service handler, before PR #1137 "release client after aquired"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the only release sits in the abort subscription; a query that completes (or fails) without an abort never gives the client back
import { Pool } from "pg";
import { first, from } from "rxjs";
import { terminal } from "./terminal";

const pool = new Pool({ max: 20, idleTimeoutMillis: 30000, connectionTimeoutMillis: 2000 });

terminal.provideService("SQL", { required: ["query"] }, async (msg, { isAborted$ }) => {
  console.info("SQL REQUEST", msg.trace_id);
  const sql = await pool.connect();
  const pending = sql.query(msg.req.query);
  from(isAborted$)
    .pipe(first((aborted) => aborted))
    .subscribe(() => {
      console.info("SQL ABORTED", msg.trace_id);
      sql.release();
      throw new Error("Aborted");
    });
  const results = await pending;
  const rows = Array.isArray(results) ? results.map((r) => r.rows) : results.rows;
  console.info("SQL RESPONSE", msg.trace_id, rows.length);
  return { res: { code: 0, message: "OK", data: rows } };
});
