// Source: No-Trade-No-Life/Yuan — apps/postgres-storage/src/index.ts at 4060da9ab^ (the 'SQL' service handler after PR #1137, before PR #1139 "release client to pool when errored"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release follows `await pending` with no try; a failing query rejects past it and the client stays checked out (the bug PR #1139 fixed)
import { Pool } from "pg";
import { first, from } from "rxjs";
import { terminal } from "./terminal";

const pool = new Pool({ max: 20, idleTimeoutMillis: 30000, connectionTimeoutMillis: 2000, keepAlive: true });

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
  sql.release();
  const rows = Array.isArray(results) ? results.map((r) => r.rows) : results.rows;
  console.info("SQL RESPONSE", msg.trace_id, rows.length);
  return { res: { code: 0, message: "OK", data: rows } };
});
