// Source: WoD-Storyteller/Blood-Script-Engine — src/database/database.service.ts (DatabaseService.getClient), reduced by hand, not copied
// Label: hand-over
// Why: getClient returns the checkout to its caller; the service's own withClient and the transaction helper release it in their finally
import { Injectable, OnModuleDestroy } from "@nestjs/common";
import { Pool, PoolClient } from "pg";

@Injectable()
export class DatabaseService implements OnModuleDestroy {
  private readonly pool: Pool;

  constructor() {
    if (process.env.PGHOST) {
      this.pool = new Pool({ host: process.env.PGHOST, database: process.env.PGDATABASE });
    } else if (process.env.DATABASE_URL) {
      this.pool = new Pool({ connectionString: process.env.DATABASE_URL });
    } else {
      throw new Error("No reachable database configuration found.");
    }
  }

  async getClient(): Promise<PoolClient> {
    return this.pool.connect();
  }

  async withClient<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.getClient();
    try {
      return await fn(client);
    } finally {
      client.release();
    }
  }

  async onModuleDestroy() {
    await this.pool.end();
  }
}
