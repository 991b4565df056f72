// Source: langchain-ai/langgraphjs — libs/checkpoint-postgres/src/index.ts (PostgresSaver.setup), reduced by hand, not copied
// Label: safe
// Why: the one call between connect() and the try builds table names from a string (an imported helper that cannot throw); everything else is inside the try whose finally releases
import pg from "pg";
import { tablesFor } from "./sql";

export class PostgresSaver {
  constructor(private pool: pg.Pool, private options: { schema: string }) {}

  async setup(): Promise<void> {
    const client = await this.pool.connect();
    const TABLES = tablesFor(this.options.schema);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${this.options.schema}"`);
      let version = -1;
      try {
        const result = await client.query(`SELECT v FROM ${TABLES.migrations} ORDER BY v DESC LIMIT 1`);
        if (result.rows.length > 0) version = result.rows[0].v;
      } catch (error: any) {
        if (error?.code !== "42P01") throw error;
      }
      for (let v = version + 1; v < 3; v += 1) {
        await client.query(`INSERT INTO ${TABLES.migrations} (v) VALUES ($1)`, [v]);
      }
    } finally {
      client.release();
    }
  }
}
