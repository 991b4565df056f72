// Source: https://github.com/brianc/node-pg-pool/issues/52 (the reporter's "release(err) instead of ROLLBACK" pattern), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: BEGIN, the work and COMMIT are started without await and `client.release()` follows at once, so the client goes back to the pool with COMMIT still queued on it (the catch's release(err) destroys it, which is the rollback the reporter asks about)
import { Pool } from "pg";

const pool = new Pool();

export async function saveAll(statements: string[], accept: (n: number) => boolean) {
  const client = await pool.connect();
  try {
    client.query("BEGIN");
    for (const text of statements) {
      client.query(text);
    }
    if (!accept(statements.length)) {
      throw new Error("conditions not met");
    }
    client.query("COMMIT");
    client.release();
  } catch (err) {
    client.release(err as Error);
    throw err;
  }
}
