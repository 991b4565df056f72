// Source: supabase/storage — src/internal/database/pg-connection.ts (PgPoolExecutor.beginTransaction and PgTransaction), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is wrapped in a PgTransaction (constructors that only store it and attach a listener) and returned once BEGIN succeeds; a failed BEGIN releases it with the error in the catch; the returned transaction releases it in the finally of commit() or rollback()
import type { Pool, PoolClient } from "pg";
import { ERRORS } from "@internal/errors";
import { buildBeginStatement, isConnectionTimeoutError, type TransactionOptions } from "./pg-query";

class PgClientErrorTracker {
  private clientError?: Error;

  constructor(private readonly client: PoolClient) {
    this.client.on("error", this.onError);
  }

  get error(): Error | undefined {
    return this.clientError;
  }

  releaseErrorForFinalizer(error: unknown): Error {
    return this.clientError ?? (error instanceof Error ? error : new Error(String(error)));
  }

  detach(): void {
    this.client.off("error", this.onError);
  }

  private readonly onError = (error: Error): void => {
    this.clientError ??= error;
  };
}

export class PgTransaction {
  private completed = false;

  constructor(
    private readonly client: PoolClient,
    private readonly clientErrorTracker?: PgClientErrorTracker,
  ) {}

  isCompleted(): boolean {
    return this.completed;
  }

  async query(text: string) {
    if (this.completed) throw new Error("Cannot query a completed transaction");
    return this.client.query(text);
  }

  async commit(): Promise<void> {
    if (this.completed) return;
    let releaseError: Error | undefined;
    try {
      await this.client.query("COMMIT");
    } catch (e) {
      releaseError = this.clientErrorTracker?.releaseErrorForFinalizer(e);
      throw e;
    } finally {
      this.completed = true;
      this.client.release(releaseError ?? this.clientErrorTracker?.error);
      this.clientErrorTracker?.detach();
    }
  }
}

export class PgPoolExecutor {
  constructor(private readonly pool: Pool) {}

  async beginTransaction(options?: TransactionOptions): Promise<PgTransaction> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      if (isConnectionTimeoutError(e)) throw ERRORS.DatabaseTimeout(e);
      throw e;
    }

    const clientErrorTracker = new PgClientErrorTracker(client);
    const transaction = new PgTransaction(client, clientErrorTracker);

    try {
      await transaction.query(buildBeginStatement(options));
      return transaction;
    } catch (e) {
      if (!transaction.isCompleted()) {
        const releaseError = clientErrorTracker.releaseErrorForFinalizer(e);
        try {
          client.release(releaseError);
        } finally {
          clientErrorTracker.detach();
        }
      }
      throw e;
    }
  }
}
