// Source: gnschenker/es-dcb-library — src/projections/loop.ts (processEvent), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the projection's handler (given the client), the checkpoint UPDATE and COMMIT or the dry run's ROLLBACK run in the try; the catch's ROLLBACK swallows its own rejection and rethrows the first error; the finally releases
import type pg from "pg";

export interface StoredEvent {
  globalPosition: bigint;
  type: string;
  payload: unknown;
}

export interface ProjectionDefinition {
  name: string;
  handler(event: StoredEvent, client: pg.PoolClient): Promise<void>;
}

export async function processEvent(
  def: ProjectionDefinition,
  event: StoredEvent,
  pool: pg.Pool,
  dryRun: boolean,
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await def.handler(event, client);

    if (!dryRun) {
      await client.query(
        `UPDATE projection_checkpoints SET last_position = $1, updated_at = NOW() WHERE name = $2`,
        [event.globalPosition, def.name],
      );
      await client.query("COMMIT");
    } else {
      await client.query("ROLLBACK");
    }
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {
      // swallow rollback errors
    });
    throw err;
  } finally {
    client.release();
  }
}
