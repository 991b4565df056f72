// Source: arsanyjoseph/Express-Pg-server — src/db/db.ts (DBConnection.connect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the "connected" check passes a callback that ignores pg's client and release function, so the checked-out client is never given back
import { Pool, type PoolConfig } from "pg";

export class DBConnection {
  readonly pool: Pool;

  constructor(config: PoolConfig) {
    this.pool = new Pool(config);
  }

  async runSqlQuery(query: string): Promise<void> {
    await this.pool.query(query);
  }

  connect(): void {
    this.pool.connect(() => {
      console.log("Database connected");
    });
  }
}
