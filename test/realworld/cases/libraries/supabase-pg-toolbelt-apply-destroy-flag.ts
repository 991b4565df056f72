// Source: supabase/pg-toolbelt — packages/pg-delta/src/apply/apply.ts (applyPlan), reduced by hand, not copied
// Label: safe
// Why: the finally releases on every path, destroying the connection (`release(true)`) when a segment left the session in an unknown state
import type { Pool } from "pg";

type Segment = { sql: string[]; transactional: boolean };

export async function applyPlan(target: Pool, segments: Segment[], onEvent?: (e: object) => void) {
  let applied = 0;
  const client = await target.connect();
  let destroyClient = false;
  try {
    for (const [index, segment] of segments.entries()) {
      onEvent?.({ kind: "segmentStart", index });
      if (segment.transactional) await client.query("BEGIN");
      try {
        for (const statement of segment.sql) {
          await client.query(statement);
          applied++;
        }
        if (segment.transactional) await client.query("COMMIT");
      } catch (error) {
        if (segment.transactional) {
          await client.query("ROLLBACK").catch(() => {
            destroyClient = true;
          });
        } else {
          destroyClient = true;
        }
        return { status: "failed", applied, error };
      }
    }
    return { status: "applied", applied };
  } finally {
    if (destroyClient) client.release(true);
    else client.release();
  }
}
