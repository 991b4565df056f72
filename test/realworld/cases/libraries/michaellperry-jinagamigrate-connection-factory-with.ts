// Source: michaellperry/jinagamigrate — src/connection.ts (ConnectionFactory.with, createClient), reduced by hand, not copied
// Label: safe
// Why: the private createClient returns the checkout; `with` awaits the callback inside a try whose finally releases, and withTransaction runs its BEGIN/COMMIT/ROLLBACK inside that callback
import { Pool, PoolClient } from "pg";

export class ConnectionFactory {
  private postgresPool: Pool;

  constructor(postgresUri: string) {
    this.postgresPool = new Pool({ connectionString: postgresUri });
  }

  withTransaction<T>(callback: (connection: PoolClient) => Promise<T>) {
    return this.with(async (connection) => {
      try {
        await connection.query("BEGIN");
        const result = await callback(connection);
        await connection.query("COMMIT");
        return result;
      } catch (e) {
        await connection.query("ROLLBACK");
        throw e;
      }
    });
  }

  async with<T>(callback: (connection: PoolClient) => Promise<T>) {
    const client = await this.createClient();
    try {
      return await callback(client);
    } finally {
      client.release();
    }
  }

  private async createClient() {
    return await this.postgresPool.connect();
  }
}
