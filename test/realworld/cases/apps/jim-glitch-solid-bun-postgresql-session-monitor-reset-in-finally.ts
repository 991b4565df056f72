// Source: JIM-GLITCH/solid-bun-postgresql — backend/postgres-db-handlers.ts ("db/session-monitor" case of the Bun backend's handler, at 208a37d), reduced by hand, not copied
// Label: safe
// Why: the monitor checks a client out of the session's background pg Pool, sets short timeouts and runs its queries in a try (a failing pg_stat_statements read falls back inside an inner catch); the finally resets both timeouts each in its own try/catch and then releases
import { Pool } from "pg";

interface PgSession {
  backGroundPool: Pool;
}

export async function sessionMonitor(session: PgSession, limit = 20) {
  try {
    const lim = Number.isFinite(limit) ? Math.min(Math.max(Number(limit), 5), 200) : 20;
    const client = await session.backGroundPool.connect();
    try {
      await client.query("SET statement_timeout = '2500ms'");
      await client.query("SET lock_timeout = '800ms'");
      const connRes = await client.query("SELECT COUNT(*)::int AS total FROM pg_stat_activity WHERE datname = current_database()");
      const lockRes = await client.query("SELECT a.pid AS waiting_pid FROM pg_stat_activity a JOIN pg_locks la ON la.pid = a.pid AND NOT la.granted");
      let slowQueries: Array<Record<string, unknown>> = [];
      let slowQuerySource = "pg_stat_statements";
      try {
        const slowRes = await client.query("SELECT query, total_exec_time FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT $1", [lim]);
        slowQueries = slowRes.rows;
      } catch {
        slowQuerySource = "pg_stat_activity";
        const fallbackRes = await client.query("SELECT LEFT(COALESCE(query, ''), 240) AS query FROM pg_stat_activity WHERE state = 'active' LIMIT $1", [lim]);
        slowQueries = fallbackRes.rows;
      }
      return { connectionStats: connRes.rows[0], lockWaits: lockRes.rows, slowQueries, slowQuerySource, collectedAt: Date.now() };
    } catch (e) {
      throw e;
    } finally {
      try { await client.query("RESET statement_timeout"); } catch {}
      try { await client.query("RESET lock_timeout"); } catch {}
      client.release();
    }
  } catch (e: any) {
    throw new Error(`session-monitor: ${e?.message ?? String(e)}`);
  }
}
