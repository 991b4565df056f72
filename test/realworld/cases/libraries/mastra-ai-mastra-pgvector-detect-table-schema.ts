// Source: mastra-ai/mastra — stores/pg/src/vector/index.ts (PgVector.detectTableSchema), reduced by hand, not copied
// Label: safe
// Why: the checkout happens inside the mutex's runExclusive callback, the missing-table error is thrown inside the try, and the finally releases before the mutex is let go
import { Mutex } from "async-mutex";
import pg from "pg";

interface TableSchema {
  columns: { name: string; nullable: boolean }[];
}

export class PgVector {
  public pool: pg.Pool;
  private tableSchemaCache = new Map<string, TableSchema>();
  private schemaDetectionMutex = new Map<string, Mutex>();

  constructor(connectionString: string, private schema?: string) {
    this.pool = new pg.Pool({ connectionString, max: 20 });
  }

  private async detectTableSchema(indexName: string): Promise<TableSchema> {
    const cacheKey = `${this.schema || "public"}.${indexName}`;
    const cached = this.tableSchemaCache.get(cacheKey);
    if (cached) return cached;
    if (!this.schemaDetectionMutex.has(cacheKey)) this.schemaDetectionMutex.set(cacheKey, new Mutex());
    const mutex = this.schemaDetectionMutex.get(cacheKey)!;

    return await mutex.runExclusive(async () => {
      const again = this.tableSchemaCache.get(cacheKey);
      if (again) return again;

      const client = await this.pool.connect();
      try {
        const result = await client.query(
          "SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2",
          [this.schema || "public", indexName],
        );
        if (result.rows.length === 0) {
          throw new Error(`Table "${indexName}" does not exist`);
        }
        const schema: TableSchema = {
          columns: result.rows.map((row) => ({ name: row.column_name, nullable: row.is_nullable === "YES" })),
        };
        this.tableSchemaCache.set(cacheKey, schema);
        return schema;
      } finally {
        client.release();
      }
    });
  }
}
