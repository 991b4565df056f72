// Source: 4o4E/RunForge — server/src/store/pgStore.ts at 300fc63c (PgStore.forkThreadAtRun), reduced by hand, not copied
// Label: safe
// Why: the two ROLLBACK-and-return-null branches for an unknown run or thread, the recursive branch copy, the `throw` when no active run came out, and the COMMIT all run in a `try` whose `catch` rolls back and rethrows and whose `finally` releases
import { pool } from "../db/pool.js";

interface Scope { tenantId: string; userId: string }
interface RunRow { id: string; thread_id: string; parent_run_id: string | null; status: string }
interface ThreadRow { id: string; title: string | null }

declare function newThreadId(): string;
declare function newRunId(): string;

export class PgStore {
  async forkThreadAtRun(scope: Scope, sourceRunId: string): Promise<{ thread: ThreadRow; activeRun: RunRow } | null> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const { rows: sourceRows } = await client.query<RunRow>(
        "SELECT r.* FROM runs r JOIN threads t ON t.id = r.thread_id WHERE r.id = $1 AND t.tenant_id = $2 AND t.user_id = $3",
        [sourceRunId, scope.tenantId, scope.userId],
      );
      const source = sourceRows[0];
      if (!source) {
        await client.query("ROLLBACK");
        return null;
      }
      const { rows: sourceThreadRows } = await client.query<ThreadRow>("SELECT * FROM threads WHERE id = $1", [source.thread_id]);
      const sourceThread = sourceThreadRows[0];
      if (!sourceThread) {
        await client.query("ROLLBACK");
        return null;
      }

      const { rows: pathRows } = await client.query<RunRow>("WITH RECURSIVE branch AS (SELECT r.* FROM runs r WHERE r.id = $1) SELECT * FROM branch", [sourceRunId]);
      const forkThreadId = newThreadId();
      const { rows: newThreadRows } = await client.query<ThreadRow>(
        "INSERT INTO threads (id, tenant_id, user_id, title) VALUES ($1, $2, $3, $4) RETURNING *",
        [forkThreadId, scope.tenantId, scope.userId, sourceThread.title ? `${sourceThread.title} fork` : "Fork"],
      );
      const runIdMap = new Map<string, string>();
      let activeRun: RunRow | null = null;
      for (const oldRun of pathRows) {
        const id = newRunId();
        runIdMap.set(oldRun.id, id);
        const parentRunId = oldRun.parent_run_id ? runIdMap.get(oldRun.parent_run_id) ?? null : null;
        const { rows: runRows } = await client.query<RunRow>(
          "INSERT INTO runs (id, thread_id, parent_run_id, status) VALUES ($1, $2, $3, $4) RETURNING *",
          [id, forkThreadId, parentRunId, oldRun.id === sourceRunId ? "done" : oldRun.status],
        );
        activeRun = runRows[0];
      }
      if (!activeRun) throw new Error("fork produced no active run");

      const { rows: refreshed } = await client.query<ThreadRow>("UPDATE threads SET updated_at = now() WHERE id = $1 RETURNING *", [forkThreadId]);
      await client.query("COMMIT");
      const refreshedThread = refreshed[0];
      return refreshedThread ? { thread: refreshedThread, activeRun } : { thread: newThreadRows[0], activeRun };
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  }
}
