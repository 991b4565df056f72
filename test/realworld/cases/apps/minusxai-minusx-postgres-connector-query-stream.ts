// Source: minusxai/minusx — frontend/lib/connections/postgres-connector.ts at 0a1dd735 (PostgresConnector.queryStream), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is released through a once-only `release` closure in the catch, or handed with the cursor to the returned async generator, whose finally closes the cursor and releases it
import Cursor from "pg-cursor";
import { Pool } from "pg";

const pools = new Map<string, Pool>();
function getOrCreatePgPool(config: { url: string }): Pool {
  let pool = pools.get(config.url);
  if (!pool) {
    pool = new Pool({ connectionString: config.url });
    pools.set(config.url, pool);
  }
  return pool;
}

export class PostgresConnector {
  constructor(private config: { url: string }) {}

  async queryStream(sql: string, values: unknown[]) {
    const pool = getOrCreatePgPool(this.config);
    const client = await pool.connect();
    let released = false;
    const release = () => {
      if (!released) {
        released = true;
        try {
          client.release();
        } catch {
          /* ignore */
        }
      }
    };

    try {
      const cursor = client.query(new Cursor(sql, values));
      const read = (n: number): Promise<{ rows: Record<string, unknown>[]; fields: any[] }> =>
        new Promise((resolve, reject) => {
          (cursor as any).read(n, (err: Error | null, rows: Record<string, unknown>[], result: any) => {
            if (err) reject(err);
            else resolve({ rows, fields: result?.fields ?? [] });
          });
        });

      const first = await read(500);
      const columns = first.fields.map((f) => f.name as string);

      async function* rows(): AsyncGenerator<Record<string, unknown>> {
        try {
          let batch = first.rows;
          while (batch.length > 0) {
            for (const row of batch) yield row;
            batch = (await read(500)).rows;
          }
        } finally {
          await new Promise<void>((res) => (cursor as any).close(() => res())).catch(() => {});
          release();
        }
      }

      return { columns, rows: rows() };
    } catch (err) {
      release();
      throw err;
    }
  }
}
