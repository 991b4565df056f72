// Source: Ff00ff/mammoth — src/database.ts (Database.exec, at its first commit dbb4e66), reduced by hand, not copied
// Label: safe
// Why: the client variable (annotated `pg.Client`) is assigned inside try; the finally releases it whenever it was set
import * as pg from "pg";

export class Database {
  private pool: pg.Pool;

  constructor() {
    this.pool = this.createPool(String(process.env.DATABASE_URL));
  }

  private createPool(connectionString: string) {
    return new pg.Pool({ connectionString });
  }

  async exec(text: string, parameters: unknown[] = []) {
    let client: pg.Client | undefined;
    try {
      client = await this.pool.connect();
      return await client.query(text, parameters);
    } catch (e: any) {
      e.query = text;
      throw e;
    } finally {
      if (client) {
        client.release();
      }
    }
  }
}
