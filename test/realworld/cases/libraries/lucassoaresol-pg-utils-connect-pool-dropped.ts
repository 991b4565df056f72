// Source: lucassoaresol/pg-utils — src/database.ts (Database.connectPool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: meant as a connectivity check, `await this.pool.connect()` checks a client out and drops it; every call keeps one more connection out of the pool
import { Pool } from "pg";

export class Database {
  private pool: Pool;
  private database: string;

  constructor(config: { user: string; host: string; database: string; password: string; port: number }) {
    this.database = config.database;
    this.pool = new Pool(config);
  }

  public async connectPool(): Promise<void> {
    try {
      await this.pool.connect();
      console.log(`Connection to database "${this.database}" established.`);
    } catch (err) {
      console.error("Error connecting the pool:", err);
      throw err;
    }
  }
}
