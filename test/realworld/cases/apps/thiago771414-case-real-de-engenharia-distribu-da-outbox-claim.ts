// Source: Thiago771414/case-real-de-engenharia-distribu-da — apps/api/src/outbox/outbox.repository.ts (OutboxRepository.claimBatch), reduced by hand, not copied
// Label: safe
// Why: the early `return []` after COMMIT is inside the try, so the finally releases on every path
import { Injectable } from "@nestjs/common";
import { DbService } from "../db/db.service";

export type OutboxRow = { id: string; topic: string; payload: unknown };

@Injectable()
export class OutboxRepository {
  constructor(private readonly db: DbService) {}

  async claimBatch(limit: number, lockerId: string): Promise<OutboxRow[]> {
    const client = await this.db.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await client.query<OutboxRow>(
        "SELECT * FROM outbox_events WHERE sent_at IS NULL ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT $1",
        [limit],
      );
      const rows = result.rows;
      if (rows.length === 0) {
        await client.query("COMMIT");
        return [];
      }
      await client.query("UPDATE outbox_events SET locked_at = now(), locked_by = $2 WHERE id = ANY($1::uuid[])", [
        rows.map((r) => r.id),
        lockerId,
      ]);
      await client.query("COMMIT");
      return rows;
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    } finally {
      client.release();
    }
  }
}
