// Source: No-Trade-No-Life/Yuan — apps/postgres-storage/src/index.ts at 4060da9ab (the 'SQL' service handler as PR #1139 left it), reduced by hand, not copied
// Label: safe
// Why: everything after connect() is in a try whose end releases and whose catch releases and rethrows (an abort may release a second time, a double release, not a leak)
import { Pool } from "pg";
import { first, from } from "rxjs";
import { terminal } from "./terminal";

const pool = new Pool({ max: 20, idleTimeoutMillis: 30000, connectionTimeoutMillis: 2000, keepAlive: true });

terminal.provideService("SQL", { required: ["query"] }, async (msg, { isAborted$ }) => {
  console.info("SQL REQUEST", msg.trace_id);
  const sql = await pool.connect();
  try {
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
  } catch (e) {
    console.error("SQL ERROR", msg.trace_id, e);
    sql.release();
    throw e;
  }
});
