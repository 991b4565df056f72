// Source: elizaOS/eliza — packages/adapter-postgres/src/index.ts at 36c4d5d (PostgresDatabaseAdapter.init), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the schema check, the schema load and COMMIT all run inside the try; the catch rolls back and rethrows, and the finally releases on every path
import pg from "pg";
import fs from "fs";

export class PostgresDatabaseAdapter {
  private pool: pg.Pool;

  constructor(connectionConfig: pg.PoolConfig) {
    this.pool = new pg.Pool({ max: 20, idleTimeoutMillis: 30000, ...connectionConfig });
  }

  async init() {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const { rows } = await client.query("SELECT EXISTS (SELECT FROM information_schema.tables WHERE table_name = 'rooms')");
      if (!rows[0].exists) {
        const schema = fs.readFileSync("schema.sql", "utf8");
        await client.query(schema);
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
