// Source: Shopify/shopify-app-js — packages/apps/session-storage/shopify-app-session-storage-postgresql/src/postgres-connection.ts (PostgresConnection.transaction; the storage moved from one pg.Client to a Pool in PR #188), reduced by hand, not copied
// Label: safe
// Why: the checkout is followed at once by a try whose finally releases; the queries run in order inside it and ROLLBACK is in the catch
import pg from "pg";

export class PostgresConnection {
  private ready: Promise<void>;
  private pool!: pg.Pool;

  constructor(private dbUrl: URL) {
    this.ready = this.init();
  }

  async transaction(queries: string[]): Promise<void> {
    await this.ready;
    if (queries[0] !== "BEGIN") {
      queries.unshift("BEGIN");
    }
    if (queries[queries.length - 1] !== "COMMIT") {
      queries.push("COMMIT");
    }
    const client = await this.pool.connect();
    try {
      for (const query of queries) {
        await client.query(query);
      }
    } catch (error) {
      await client.query(`ROLLBACK`);
      throw error;
    } finally {
      client.release();
    }
  }

  async disconnect(): Promise<void> {
    await this.ready;
    await this.pool.end();
    this.ready = this.init();
  }

  private async init(): Promise<void> {
    this.pool = new pg.Pool({
      host: this.dbUrl.hostname,
      user: decodeURIComponent(this.dbUrl.username),
      password: decodeURIComponent(this.dbUrl.password),
      database: decodeURIComponent(this.dbUrl.pathname.slice(1)),
      port: Number(this.dbUrl.port),
    });
  }
}
