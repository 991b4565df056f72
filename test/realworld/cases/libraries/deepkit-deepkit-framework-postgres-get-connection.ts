// Source: deepkit/deepkit-framework — packages/postgres/src/postgres-adapter.ts (PostgresConnectionPool.getConnection), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is wrapped in a PostgresConnection (a constructor of the same file) and returned; when the transaction's BEGIN fails, the catch releases the wrapper (which releases the pool client) before rethrowing
import type { Pool, PoolClient } from "pg";

export class PostgresConnection {
  released = false;
  constructor(
    public pool: PostgresConnectionPool,
    public connection: PoolClient,
    public transaction?: PostgresDatabaseTransaction,
  ) {}

  release() {
    if (this.released) return;
    this.released = true;
    this.pool.release(this);
  }
}

export class PostgresDatabaseTransaction {
  connection?: PostgresConnection;
  ended = false;

  async begin() {
    await this.connection!.connection.query("START TRANSACTION");
  }
}

export class PostgresConnectionPool {
  activeConnections = 0;

  constructor(protected pool: Pool) {}

  async getConnection(transaction?: PostgresDatabaseTransaction): Promise<PostgresConnection> {
    if (transaction && transaction.connection) return transaction.connection;

    const poolClient = await this.pool.connect();
    this.activeConnections++;
    const connection = new PostgresConnection(this, poolClient, transaction);
    if (transaction) {
      transaction.connection = connection;
      try {
        await transaction.begin();
      } catch (error) {
        transaction.ended = true;
        connection.release();
        throw new Error("Could not start transaction: " + error);
      }
    }
    return connection;
  }

  release(connection: PostgresConnection) {
    if (connection.transaction && !connection.transaction.ended) return;
    this.activeConnections--;
    connection.connection.release();
  }
}
