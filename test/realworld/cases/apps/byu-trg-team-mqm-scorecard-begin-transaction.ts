// Source: BYU-TRG-Team/mqm-scorecard — server/db-client-pool.ts at 30426a4^ (DBClientPool.beginTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is returned only after `await client.query("BEGIN")`; when BEGIN throws, nobody has it to release
import pg, { PoolClient } from "pg";

class DbClientPool {
  constructor(public readonly connectionPool: pg.Pool) {}

  async beginTransaction() {
    const client = await this.connectionPool.connect();
    await client.query("BEGIN");
    return client;
  }

  async commitTransaction(client: PoolClient) {
    await client.query("COMMIT");
    client.release();
  }

  async rollbackTransaction(client: PoolClient) {
    await client.query("ROLLBACK");
    client.release();
  }
}

export default DbClientPool;
