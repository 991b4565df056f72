// Source: a-jackson/stridemate — src/data/connection-manager.ts (ConnectionManagerImpl.getClient), reduced by hand, not copied
// Label: hand-over
// Why: the injectable connection manager returns the checkout to its caller, the unit-of-work factory, whose complete() releases it in a finally
import { inject, injectable } from "inversify";
import { Pool, PoolClient } from "pg";

export interface ConnectionManager {
  getClient(): Promise<PoolClient>;
  close(): void;
}

@injectable()
export class ConnectionManagerImpl implements ConnectionManager {
  private readonly pool: Pool;

  constructor(@inject("Config") private config: { database: { host: string; name: string; user: string; password: string; port: number } }) {
    this.pool = new Pool({
      host: this.config.database.host,
      database: this.config.database.name,
      user: this.config.database.user,
      password: this.config.database.password,
      port: this.config.database.port,
    });
  }

  public async getClient() {
    return await this.pool.connect();
  }

  public close() {
    this.pool.end();
  }
}
