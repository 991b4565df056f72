// Source: remix-run/remix — packages/data-table-postgres/src/lib/driver.ts (PostgresDatabaseDriver.withMigrationLock), reduced by hand, not copied
// Label: safe
// Why: the checkout (when the driver holds a pool) is released after the locked run by a helper that reads its `release` method and calls it, or destroyed the same way in the catch when the run fails
import pg from "pg";
import type { Client as PostgresClient, Pool as PostgresPool, PoolClient as PostgresPoolClient } from "pg";

type PostgresQueryable = PostgresClient | PostgresPool | PostgresPoolClient;

declare function runWithMigrationLock<T>(client: PostgresClient | PostgresPoolClient, name: string, run: () => Promise<T>): Promise<T>;

function isPostgresPool(client: PostgresQueryable): client is PostgresPool {
  if (client instanceof pg.Client) return false;
  return "connect" in client && typeof client.connect === "function" && !("release" in client);
}

function releasePostgresClient(client: PostgresClient | PostgresPoolClient): void {
  let release = (client as { release?: () => void }).release;
  release?.();
}

function destroyPostgresClient(client: PostgresClient | PostgresPoolClient, error: unknown): void {
  let release = (client as { release?: (destroy?: Error | boolean) => void }).release;
  if (typeof release === "function") {
    release.call(client, error instanceof Error ? error : true);
    return;
  }
  void (client as PostgresClient).end().catch(() => undefined);
}

export class PostgresDriverSketch {
  #client: PostgresQueryable;
  #migrationLockQueue: Promise<void> = Promise.resolve();

  constructor(config: PostgresQueryable | pg.PoolConfig) {
    if (config instanceof pg.Pool || config instanceof pg.Client || "release" in config) {
      this.#client = config;
    } else {
      this.#client = new pg.Pool(config);
    }
  }

  async withMigrationLock<T>(name: string, run: () => Promise<T>): Promise<T> {
    let waitForPreviousLock = this.#migrationLockQueue;
    let releaseQueue: () => void = () => undefined;
    this.#migrationLockQueue = new Promise((resolve) => {
      releaseQueue = resolve;
    });
    await waitForPreviousLock;
    try {
      let releaseOnClose = false;
      let client: PostgresClient | PostgresPoolClient;
      if (isPostgresPool(this.#client)) {
        client = await this.#client.connect();
        releaseOnClose = true;
      } else {
        client = this.#client;
      }
      try {
        let value = await runWithMigrationLock(client, name, run);
        if (releaseOnClose) {
          releasePostgresClient(client);
        }
        return value;
      } catch (error) {
        // A failed run can leave the session dirty: destroy the connection instead of pooling it.
        if (releaseOnClose) {
          destroyPostgresClient(client, error);
        }
        throw error;
      }
    } finally {
      releaseQueue();
    }
  }
}
