// Source: lu-zhengda/mcp-virtual-fs — src/storage/postgres.ts (PostgresBackend.query), reduced by hand, not copied
// Label: safe
// Why: the session setting and the query run in a try whose finally releases; the `return await` keeps the query inside it (the session-level set_config outliving the checkout is a data concern, not a leak)
import pg from "pg";

export class PostgresBackend {
  constructor(private pool: pg.Pool, private enableRls: boolean) {}

  private async query<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params?: unknown[], namespaceId?: string): Promise<pg.QueryResult<T>> {
    if (this.enableRls && namespaceId) {
      const client = await this.pool.connect();
      try {
        await client.query("SELECT set_config('app.vfs_session_id', $1, false)", [namespaceId]);
        return await client.query<T>(text, params);
      } finally {
        client.release();
      }
    }
    return this.pool.query<T>(text, params);
  }
}
