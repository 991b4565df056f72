// Source: Geddydukes/feather-agent — src/memory/postgres.ts (PostgresMemoryManager.withTransaction), reduced by hand, not copied
// Label: safe
// Why: the handler runs in the try, a failing ROLLBACK is swallowed before the rethrow, and the finally awaits `client.release()` (release returns nothing; awaiting it is harmless)
interface PgClientLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  release(): void;
}

interface PgPoolLike {
  connect(): Promise<PgClientLike>;
}

export class PostgresMemoryManager {
  constructor(private pool: PgPoolLike) {}

  private async withTransaction<T>(handler: (client: PgClientLike) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await handler(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch {
        // surface the original failure
      }
      throw error;
    } finally {
      await client.release();
    }
  }
}
