// Source: medatech/entity-core — packages/pg/src/PostgresDataSource.ts (PostgresDataSource.getClient), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is wrapped in a PostgresClient, registered in the data source's `clients` list and returned; the wrapper's release() (and the data source's disconnect(), for any still registered) gives it back
import { Pool, type PoolClient, type PoolConfig } from "pg";

class PostgresClient {
  constructor(public poolClient: PoolClient | null, private dataSource: PostgresDataSource) {}

  async release(): Promise<void> {
    if (this.poolClient !== null) {
      this.dataSource.deregisterClient(this);
      this.poolClient.release();
      this.poolClient = null;
    }
  }
}

export class PostgresDataSource {
  private pool: Pool | null = null;
  private clients: PostgresClient[] = [];

  constructor(private poolConfig: PoolConfig) {}

  async connect(): Promise<void> {
    this.pool = new Pool(this.poolConfig);
  }

  async disconnect(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.release()));
    if (this.pool !== null) {
      await this.pool.end();
      this.pool = null;
    }
  }

  async getClient(): Promise<PostgresClient> {
    if (this.pool === null) {
      this.pool = new Pool(this.poolConfig); // connect() in the source: it only creates the pool
    }
    const poolClient = await this.pool!.connect();
    const client = new PostgresClient(poolClient, this);
    this.registerClient(client);
    return client;
  }

  registerClient(client: PostgresClient): void {
    this.clients.push(client);
  }

  deregisterClient(client: PostgresClient): void {
    this.clients = this.clients.filter((c) => c !== client);
  }
}
