// Source: workingdanny911/hexai — packages/postgres/src/postgres-unit-of-work.ts (createPostgresUnitOfWork and PostgresTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the unit of work's client factory checks a client out of the pool (`async () => source.connect()`), the transaction keeps it on `this.client`, and only commit() and rollback() give it back through clientCleanUp; both mark the transaction closed before their query, so a COMMIT rejection, or a ROLLBACK one other than "Client was closed", skips the clean-up for good — and start() leaves the checkout behind when ensureConnection or BEGIN rejects
import pg from "pg";
import { ensureConnection } from "./helpers.js";

type ClientFactory = () => Promise<pg.ClientBase> | pg.ClientBase;
type ClientCleanUp = (client: pg.ClientBase) => Promise<void> | void;

class PostgresTransaction {
  private client!: pg.ClientBase;
  private closed = false;
  private transactionStarted = false;

  constructor(
    private clientFactory: ClientFactory,
    private clientCleanUp?: ClientCleanUp,
  ) {}

  async start(): Promise<void> {
    const client = await this.clientFactory();
    if (!("query" in client)) {
      throw new Error("Client factory must return a pg.ClientBase");
    }
    await ensureConnection(client);
    this.client = client;
    await this.client.query("BEGIN");
    this.transactionStarted = true;
  }

  async commit(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.query("COMMIT");
    this.transactionStarted = false;
    await this.clientCleanUp?.(this.client);
  }

  async rollback(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const client = this.client;
    try {
      if (this.transactionStarted && client) {
        await client.query("ROLLBACK");
      }
    } catch (e) {
      if (e instanceof Error && e.message.includes("Client was closed and is not queryable")) {
        return;
      }
      throw e;
    }
    this.transactionStarted = false;
    if (client) {
      await this.clientCleanUp?.(client);
    }
  }
}

export class DefaultPostgresUnitOfWork {
  constructor(
    private clientFactory: ClientFactory,
    private clientCleanUp?: ClientCleanUp,
  ) {}

  async wrap<T>(fn: () => Promise<T>): Promise<T> {
    const transaction = new PostgresTransaction(this.clientFactory, this.clientCleanUp);
    await transaction.start();
    try {
      const result = await fn();
      await transaction.commit();
      return result;
    } catch (error) {
      await transaction.rollback();
      throw error;
    }
  }
}

export function createPostgresUnitOfWork(source: pg.Pool | string): DefaultPostgresUnitOfWork {
  if (source instanceof pg.Pool) {
    return new DefaultPostgresUnitOfWork(
      async () => source.connect(),
      (client) => (client as pg.PoolClient).release(),
    );
  }
  return new DefaultPostgresUnitOfWork(
    () => new pg.Client({ connectionString: source }),
    (client) => (client as pg.Client).end(),
  );
}
