// Source: lgazo/eventstore-typescript — packages/postgres/src/store.ts (PostgresEventStore.createDatabase), reduced by hand, not copied
// Label: safe
// Why: a throwaway admin pool: CREATE DATABASE in the try, "already exists" swallowed and anything else rethrown, the finally releases and ends the pool
import { Pool } from "pg";

declare function changeDatabaseInConnectionString(url: string, database: string): string;

export class PostgresEventStoreSketch {
  constructor(private databaseName: string) {}

  private async createDatabase(): Promise<void> {
    const adminPool = new Pool({ connectionString: changeDatabaseInConnectionString(process.env.DATABASE_URL!, "postgres") });
    const client = await adminPool.connect();
    try {
      await client.query(`CREATE DATABASE ${this.databaseName}`);
    } catch (err: any) {
      if (err.code === "42P04") {
        console.log(`Database already exists: ${this.databaseName}`);
      } else {
        throw err;
      }
    } finally {
      client.release();
      await adminPool.end();
    }
  }
}
