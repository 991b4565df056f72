// Source: gl-pgege/kaboo-runtime — src/stores/postgres.ts (PostgresThreadStore.appendEvents), reduced by hand, not copied
// Label: safe
// Why: the agent runtime's thread store gets its pool from an async `ensureReady()` (a caller's pg.Pool or one made from a dynamic `import("pg")`); the thread upsert and one INSERT per AG-UI event run in BEGIN/COMMIT inside a try whose catch rolls back and whose finally releases
import type { Pool } from "pg";

export class PostgresThreadStore {
  private pool: Pool | null;
  private ready: Promise<void> | null = null;

  constructor(private readonly options: { dsn?: string; pool?: Pool }) {
    this.pool = options.pool ?? null;
  }

  private async getPool(): Promise<Pool> {
    if (this.pool) return this.pool;
    const pg = (await import("pg")) as unknown as { Pool: new (c: unknown) => Pool };
    this.pool = new pg.Pool({ connectionString: this.options.dsn });
    return this.pool;
  }

  private async ensureReady(): Promise<Pool> {
    const pool = await this.getPool();
    if (!this.ready) {
      this.ready = pool.query("CREATE TABLE IF NOT EXISTS kaboo_thread_events (seq bigserial PRIMARY KEY, thread_id text, event jsonb)").then(() => undefined);
    }
    await this.ready;
    return pool;
  }

  async appendEvents(threadId: string, agentId: string, events: unknown[]): Promise<void> {
    if (events.length === 0) return;
    const pool = await this.ensureReady();
    const now = Date.now();
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(
        "INSERT INTO kaboo_threads (id, agent_id, created_at, updated_at) VALUES ($1, $2, $3, $3) ON CONFLICT (id) DO UPDATE SET updated_at = EXCLUDED.updated_at",
        [threadId, agentId, now],
      );
      for (const event of events) {
        await client.query("INSERT INTO kaboo_thread_events (thread_id, event) VALUES ($1, $2)", [threadId, JSON.stringify(event)]);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
