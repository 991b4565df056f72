// Source: lolmeida/postgres-mcp — src/repositories/PostgresRepository.ts (PostgresRepository.withTransaction), reduced by hand, not copied
// Label: safe
// Why: the checkout from `this.connection.getClient()` (./PostgresConnection.ts) is released in the finally, whatever BEGIN, the callback or COMMIT do
import { PoolClient } from "pg";
import { PostgresConnection } from "./PostgresConnection";

export abstract class PostgresRepository<T extends Record<string, unknown>> {
  protected client?: PoolClient;

  constructor(protected connection: PostgresConnection, protected tableName: string) {}

  async findAll(): Promise<T[]> {
    const db = this.client ?? this.connection;
    const { rows } = await db.query(`SELECT * FROM ${this.tableName}`);
    return rows;
  }

  async withTransaction<R>(callback: (repository: PostgresRepository<T>) => Promise<R>): Promise<R> {
    const client = await this.connection.getClient();
    try {
      await client.query("BEGIN");
      const transactional = Object.create(this);
      transactional.client = client;
      const result = await callback(transactional);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
