// Source: remix-run/remix — packages/data-table-postgres/src/lib/driver.ts (PostgresDatabaseDriver.beginTransaction), reduced by hand, not copied
// Label: hand-over
// Why: a checkout (when the driver holds a pool) whose BEGIN/SET failure destroys it through a helper that calls its `release` method with the error; on success it is stored in the transactions Map, released by commit or rollback
import pg from "pg";
import type { Client as PostgresClient, Pool as PostgresPool, PoolClient as PostgresPoolClient } from "pg";

type PostgresQueryable = PostgresClient | PostgresPool | PostgresPoolClient;

function isPostgresPool(client: PostgresQueryable): client is PostgresPool {
  if (client instanceof pg.Client) return false;
  return "connect" in client && typeof client.connect === "function" && !("release" in client);
}

function destroyPostgresClient(client: PostgresClient | PostgresPoolClient, error: unknown): void {
  let release = (client as { release?: (destroy?: Error | boolean) => void }).release;
  if (typeof release === "function") {
    // A truthy argument tells pg to destroy the client instead of pooling it.
    release.call(client, error instanceof Error ? error : true);
    return;
  }
  void (client as PostgresClient).end().catch(() => undefined);
}

export class PostgresDriverSketch {
  #client: PostgresQueryable;
  #transactionCounter = 0;
  #transactions = new Map<string, { client: PostgresClient | PostgresPoolClient; releaseOnClose: boolean }>();

  constructor(config: PostgresQueryable | pg.PoolConfig) {
    if (config instanceof pg.Pool || config instanceof pg.Client || "release" in config) {
      this.#client = config;
    } else {
      this.#client = new pg.Pool(config);
    }
  }

  async beginTransaction(options?: { isolationLevel?: string }): Promise<{ id: string }> {
    let releaseOnClose = false;
    let transactionClient: PostgresClient | PostgresPoolClient;
    if (isPostgresPool(this.#client)) {
      transactionClient = await this.#client.connect();
      releaseOnClose = true;
    } else {
      transactionClient = this.#client;
    }
    try {
      await transactionClient.query("begin");
      if (options?.isolationLevel) {
        await transactionClient.query(`set transaction isolation level ${options.isolationLevel}`);
      }
    } catch (error) {
      if (releaseOnClose) {
        destroyPostgresClient(transactionClient, error);
      }
      throw error;
    }
    this.#transactionCounter += 1;
    let token = { id: "tx_" + String(this.#transactionCounter) };
    this.#transactions.set(token.id, { client: transactionClient, releaseOnClose });
    return token;
  }
}
