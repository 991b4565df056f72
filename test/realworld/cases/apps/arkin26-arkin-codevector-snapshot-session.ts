// Source: Arkin26/Arkin-CodeVector — src/snapshot/SnapshotManager.ts at 7e6e321 (SnapshotManager.createSession), reduced by hand, not copied
// Label: hand-over
// Why: the paginated export opens a REPEATABLE READ transaction, exports its snapshot and reads the first page, then keeps the client in the sessions map under the snapshot id for later pages (the expiry timer and shutdown release it); a failure before that rolls back, releases and rethrows
import type pg from "pg";
import { buildProductQuery, mapProductRows } from "./productQuery.js";

type SnapshotSession = { client: pg.PoolClient; snapshotId: string; createdAt: number; expiresAt: number };

const SNAPSHOT_TTL_MS = 5 * 60_000;
const MAX_SNAPSHOT_SESSIONS = 20;

export class SnapshotCapacityError extends Error {}

export class SnapshotManager {
  private sessions = new Map<string, SnapshotSession>();

  constructor(private readonly pool: pg.Pool) {}

  private async createSession(options: { limit: number; category?: string }) {
    if (this.sessions.size >= MAX_SNAPSHOT_SESSIONS) {
      throw new SnapshotCapacityError();
    }

    const client = await this.pool.connect();
    const now = Date.now();
    const expiresAt = now + SNAPSHOT_TTL_MS;

    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const snapshotResult = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
      const snapshotId = snapshotResult.rows[0]?.snapshot;
      if (!snapshotId) {
        throw new Error("Failed to export PostgreSQL snapshot.");
      }

      const { text, values } = buildProductQuery({ limit: options.limit, category: options.category });
      const result = await client.query(text, values);
      const { products, hasNext } = mapProductRows(result.rows, options.limit);

      this.sessions.set(snapshotId, { client, snapshotId, createdAt: now, expiresAt });

      return { products, snapshotId, hasNext };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      client.release();
      throw error;
    }
  }

  releaseSession(snapshotId: string): void {
    const session = this.sessions.get(snapshotId);
    if (!session) return;
    this.sessions.delete(snapshotId);
    session.client.query("ROLLBACK").catch(() => undefined).finally(() => session.client.release());
  }
}
