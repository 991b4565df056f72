// Source: cuillerejs/cuillere — packages/postgres/src/client-manager.ts (getClient, finalize) with transaction-manager.ts (DefaultTransactionManager.connect, renamed begin here), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: getClient replaces the stored checkout promise with the transaction manager's, which awaits the client and sends BEGIN; when BEGIN rejects, the only reference to the checked-out client is lost (the map now holds the rejected promise), so finalize()'s `Promise.all` rejects and nothing releases it
import type { PoolClient } from "pg";
import { DEFAULT_POOL, type PoolManager } from "./pool-manager";
import type { TransactionManager } from "./transaction-manager";

export class ClientManagerImpl {
  private poolManager: PoolManager;

  private transactionManager: TransactionManager | null;

  private clients: Record<string, Promise<PoolClient>>;

  constructor(poolManager: PoolManager, transactionManager: TransactionManager | null) {
    this.poolManager = poolManager;
    this.transactionManager = transactionManager;
    this.clients = {};
  }

  async query(query: { pool?: string; text: string; values?: unknown[] }) {
    return (await this.getClient(query.pool)).query(query);
  }

  private getClient(name = DEFAULT_POOL) {
    if (!(name in this.clients)) {
      this.clients[name] = this.poolManager.connect(name);
      if (this.transactionManager) this.clients[name] = this.transactionManager.begin(this.clients[name]);
    }
    return this.clients[name];
  }

  async complete(result: unknown) {
    await this.transactionManager?.complete(await this.getClients(), result);
  }

  async error(error: unknown) {
    await this.transactionManager?.error(await this.getClients(), error);
  }

  async finalize(err?: Error) {
    for (const client of await this.getClients()) client.release(err);
    this.clients = {};
  }

  private getClients() {
    return Promise.all(Object.values(this.clients));
  }
}
