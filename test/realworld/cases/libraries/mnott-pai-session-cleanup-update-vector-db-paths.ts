// Source: mnott/PAI — src/cli/commands/session-cleanup/executor.ts (updateVectorDbPaths), reduced by hand, not copied
// Label: safe
// Why: the pool is the backend's private field reached through a structural cast (`(pgBackend as unknown as { pool: … }).pool`); only a counter's declaration sits between connect() and the try, the path renames run in BEGIN/COMMIT, the catch rolls back and rethrows, and the finally releases
export async function updateVectorDbPaths(moves: Array<{ oldPath: string; newPath: string }>): Promise<number> {
  if (moves.length === 0) return 0;
  try {
    const { PostgresBackend } = await import("../../../storage/postgres.js");
    const pgBackend = new PostgresBackend({});
    const connErr = await pgBackend.testConnection();
    if (connErr) {
      await pgBackend.close();
      return 0;
    }
    const pool = (pgBackend as unknown as {
      pool: {
        connect: () => Promise<{
          query: (sql: string, params: string[]) => Promise<{ rowCount: number | null }>;
          release: () => void;
        }>;
      };
    }).pool;
    const client = await pool.connect();
    let filesUpdated = 0;
    try {
      await client.query("BEGIN", []);
      for (const { oldPath, newPath } of moves) {
        const r = await client.query("UPDATE pai_files SET path = $1 WHERE path = $2", [newPath, oldPath]);
        filesUpdated += r.rowCount ?? 0;
        await client.query("UPDATE pai_chunks SET path = $1 WHERE path = $2", [newPath, oldPath]);
      }
      await client.query("COMMIT", []);
    } catch (e) {
      await client.query("ROLLBACK", []);
      throw e;
    } finally {
      client.release();
    }
    await pgBackend.close();
    return filesUpdated;
  } catch (e) {
    process.stderr.write(`[session-cleanup] Failed to update vector DB paths: ${e}\n`);
    return -1;
  }
}
