// Source: jaredwray/keyv — storage/postgres/src/index.ts (KeyvPostgres.init), reduced by hand, not copied
// Label: safe
// Why: `this.connect()` is the store's own method that returns a query function over a shared pool; nothing is checked out
import pg from "pg";

type Query = (sql: string, values?: unknown[]) => Promise<unknown[]>;

const pools = new Map<string, pg.Pool>();

export class PostgresStore {
  private ready: Promise<Query>;

  constructor(private uri: string, createTable: string, createIndex: string) {
    this.ready = this.init(createTable, createIndex);
  }

  private async init(createTable: string, createIndex: string): Promise<Query> {
    const query = await this.connect();
    try {
      await query(createTable);
      await query(createIndex);
    } catch (error) {
      if ((error as { code?: string }).code !== "23505") console.error(error);
    }
    return query;
  }

  private async connect(): Promise<Query> {
    let shared = pools.get(this.uri);
    if (!shared) {
      shared = new pg.Pool({ connectionString: this.uri });
      pools.set(this.uri, shared);
    }
    const pool = shared;
    return async (sql, values) => (await pool.query(sql, values)).rows;
  }
}
