// Source: HallelujahHomeChurch/hhc-line-function-bot — src/knowledge/postgres-store.ts at a17c8ec (PgKnowledgeStore.transaction), reduced by hand, not copied
// Label: safe
// Why: the store takes a pool or a bare client; it checks out only when `this.db.connect` exists (`client ?? this.db` runs the transaction on whichever it has) and the finally calls `client?.release()`, reached on every path after the checkout
export interface PgKnowledgeQueryable {
  query(sql: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
  connect?: () => Promise<PgKnowledgeQueryable & { release(): void }>;
}

export class PgKnowledgeStore {
  constructor(private readonly db: PgKnowledgeQueryable) {}

  async replaceSource(sourceId: string, body: string): Promise<void> {
    await this.transaction(async (db) => {
      await db.query("delete from knowledge_chunks where source_id = $1", [sourceId]);
      await db.query("insert into knowledge_chunks (source_id, body) values ($1, $2)", [sourceId, body]);
    });
  }

  private async transaction<T>(run: (db: PgKnowledgeQueryable) => Promise<T>): Promise<T> {
    const client = this.db.connect ? await this.db.connect() : undefined;
    const db = client ?? this.db;
    let began = false;
    try {
      await db.query("begin");
      began = true;
      const result = await run(db);
      await db.query("commit");
      return result;
    } catch (error) {
      if (began) await db.query("rollback");
      throw error;
    } finally {
      client?.release();
    }
  }
}
