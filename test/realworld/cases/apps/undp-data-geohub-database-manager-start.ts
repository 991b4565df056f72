// Source: UNDP-Data/geohub — sites/geohub/src/lib/server/DatabaseManager.ts (DatabaseManager.start, before commit 3dcc85431), reduced by hand, not copied
// Label: hand-over
// Why: start() keeps the checkout in a field and returns it; the manager's end() releases it (callers call dbm.end() in a finally)
import pkg, { type PoolClient } from "pg";
const { Pool } = pkg;

class DatabaseManager {
  private pool: InstanceType<typeof Pool> | undefined = undefined;
  private client: PoolClient | undefined = undefined;

  constructor(private connectionString: string) {}

  public async start() {
    this.pool = new Pool({ connectionString: this.connectionString });
    this.client = await this.pool.connect();
    return this.client;
  }

  public async end() {
    this.client?.release();
    this.pool?.end();
    this.client = undefined;
    this.pool = undefined;
  }

  public async transactionStart() {
    if (!this.client) {
      this.client = await this.start();
    }
    await this.client.query("BEGIN");
    return this.client;
  }
}

export default DatabaseManager;
