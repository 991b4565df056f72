// Source: nalanj/pg-ist — db.ts (DB.cursor), reduced by hand, not copied
// Label: safe
// Why: the Cursor is a submittable kept in a variable (`client.query(cursor)` returns it, no promise to await); reads and yields run inside try, `await client.release()` in finally
import pg from "pg";
import Cursor from "pg-cursor";

declare function sql(strings: TemplateStringsArray, ...args: unknown[]): { text: string; values: unknown[] };

export class DB {
  pool: pg.Pool;

  constructor(config: pg.PoolConfig) {
    this.pool = new pg.Pool(config);
  }

  cursor(rowCount = 100) {
    const pool = this.pool;
    return async function* <T extends object>(strings: TemplateStringsArray, ...args: unknown[]) {
      const client = await pool.connect();
      try {
        const q = sql(strings, ...args);
        const cursor = new Cursor(q.text, q.values);
        const result = client.query(cursor);
        let rows = await result.read(rowCount);
        while (rows.length > 0) {
          for (const row of rows) yield row as T;
          rows = await result.read(rowCount);
        }
      } finally {
        await client.release();
      }
    };
  }
}
