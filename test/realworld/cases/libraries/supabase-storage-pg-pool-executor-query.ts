// Source: supabase/storage — src/internal/database/pg-connection.ts (PgPoolExecutor.query), reduced by hand, not copied
// Label: safe
// Why: `let client` is checked out inside the try together with its error tracker; the finally releases whenever both exist (the tracker's constructor only attaches a listener), passing the error that should destroy the client
import type { Pool, PoolClient, QueryResult, QueryResultRow } from "pg";
import { ERRORS } from "@internal/errors";
import { isConnectionTimeoutError, runPgQuery, type PgStatement } from "./pg-query";

class PgClientErrorTracker {
  private clientError?: Error;

  constructor(private readonly client: PoolClient) {
    this.client.on("error", this.onError);
  }

  get error(): Error | undefined {
    return this.clientError;
  }

  throwIfErrored(): void {
    if (this.clientError) throw this.clientError;
  }

  releaseErrorForQuery(error: unknown): Error | undefined {
    return this.clientError ?? (error instanceof Error && "disposable" in error ? error : undefined);
  }

  detach(): void {
    this.client.off("error", this.onError);
  }

  private readonly onError = (error: Error): void => {
    this.clientError ??= error;
  };
}

export class PgPoolExecutor {
  constructor(private readonly pool: Pool) {}

  async query<T extends QueryResultRow = QueryResultRow>(statement: string | PgStatement): Promise<QueryResult<T>> {
    let client: PoolClient | undefined;
    let clientErrorTracker: PgClientErrorTracker | undefined;
    let releaseError: Error | undefined;

    try {
      client = await this.pool.connect();
      clientErrorTracker = new PgClientErrorTracker(client);
      const result = await runPgQuery<T>(client, statement);
      clientErrorTracker.throwIfErrored();
      return result;
    } catch (e) {
      if (!client) {
        if (isConnectionTimeoutError(e)) throw ERRORS.DatabaseTimeout(e);
        throw e;
      }
      releaseError = clientErrorTracker?.releaseErrorForQuery(e);
      throw releaseError ?? e;
    } finally {
      if (client && clientErrorTracker) {
        const trackedError = clientErrorTracker.error;
        try {
          client.release(releaseError ?? trackedError);
        } finally {
          clientErrorTracker.detach();
        }
      }
    }
  }
}
