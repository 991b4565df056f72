// Source: Animus-Systems/el-taxinator — lib/entities.ts at 3d570f1 (testDatabaseConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a one-client pool made to probe a user's URL releases only after `SELECT 1` succeeds; when the query fails the catch answers and the finally awaits `pool.end()`, which waits for the client nobody releases
import pg from "pg";

export async function probeDatabaseUrl(url: string): Promise<{ ok: boolean; error?: string }> {
  const probe = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 5000 });
  try {
    const client = await probe.connect();
    await client.query("SELECT 1");
    client.release();
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : "Connection failed" };
  } finally {
    await probe.end();
  }
}
