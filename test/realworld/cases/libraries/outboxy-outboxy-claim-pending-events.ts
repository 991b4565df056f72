// Source: Outboxy/outboxy — packages/db-adapter-postgres/src/repositories/pg-event.repository.ts (claimPendingEvents), reduced by hand, not copied
// Label: safe
// Why: inside the async arrow given to the error-mapping wrapper, the SKIP LOCKED update and the row mapping run in a try whose finally releases
import type { Pool } from "pg";

async function withErrorMapping<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw new Error(`database error: ${(err as Error).message}`);
  }
}

export class PgEventRepository {
  constructor(private readonly pool: Pool) {}

  private mapRowToEvent(row: Record<string, unknown>) {
    return { id: String(row.id), status: String(row.status) };
  }

  async claimPendingEvents(batchSize: number) {
    return withErrorMapping(async () => {
      const client = await this.pool.connect();
      try {
        const result = await client.query(
          `UPDATE outbox_events SET status = 'processing' WHERE id IN (
             SELECT id FROM outbox_events WHERE status IN ('pending', 'failed') ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED
           ) RETURNING *`,
          [batchSize],
        );
        return result.rows.map((row) => this.mapRowToEvent(row));
      } finally {
        client.release();
      }
    });
  }
}
