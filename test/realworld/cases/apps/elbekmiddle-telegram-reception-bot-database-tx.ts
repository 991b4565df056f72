// Source: elbekmiddle/telegram_reception_bot — src/db/sql.ts at 024e739 (Database.tx), reduced by hand, not copied
// Label: safe
// Why: a one-line method of the bot's Database class (its own `readonly pool = new Pool(…)` beside Prisma's): BEGIN, the callback and COMMIT in the try, a ROLLBACK whose failure is swallowed in the catch, the release in the finally
import { Pool, type PoolClient } from "pg";

class Database {
  readonly pool: Pool;
  constructor() {
    this.pool = new Pool({ connectionString: process.env.DATABASE_URL, application_name: "telegram-reception-bot" });
  }
  async query(sql: string, params: unknown[] = []) { const r = await this.pool.query(sql, params); return r; }
  async tx<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> { const client = await this.pool.connect(); try { await client.query("BEGIN"); const r = await fn(client); await client.query("COMMIT"); return r } catch (error) { await client.query("ROLLBACK").catch(() => undefined); throw error } finally { client.release() } }
  async close(): Promise<void> { await this.pool.end(); }
}

export const db = new Database();
