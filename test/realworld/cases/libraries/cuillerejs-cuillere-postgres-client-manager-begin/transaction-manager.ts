// The default transaction manager (packages/postgres/src/transaction-manager.ts; its `connect` is `begin` here).
import type { PoolClient } from "pg";

export interface TransactionManager {
  begin(clientPromise: Promise<PoolClient>): Promise<PoolClient>;
  complete(clients: PoolClient[], result: unknown): Promise<void>;
  error(clients: PoolClient[], error: unknown): Promise<void>;
}

export class DefaultTransactionManager implements TransactionManager {
  async begin(clientPromise: Promise<PoolClient>): Promise<PoolClient> {
    const client = await clientPromise;
    await client.query("BEGIN");
    return client;
  }

  async complete(clients: PoolClient[]): Promise<void> {
    for (const client of clients) await client.query("COMMIT");
  }

  async error(clients: PoolClient[]): Promise<void> {
    const results = await Promise.allSettled(clients.map((client) => client.query("ROLLBACK")));
    if (results.some((result) => result.status === "rejected")) throw Error("One or more transaction rollback failed");
  }
}
