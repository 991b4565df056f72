// Source: supabase/storage — src/internal/queue/database.ts (QueueDB.useTransaction), reduced by hand, not copied
// Label: safe
// Why: between the checkout and the try the queue only declares an error handler and attaches it with `client.on('error', …)`, which cannot throw; the try rolls back (its own failure caught) and the finally detaches the handler and releases, destroying the client when it errored
import pg from "pg";

export class QueueDB {
  private pool?: pg.Pool;
  private opened = false;

  constructor(private readonly config: { statement_timeout?: number }) {}

  protected async useTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    if (!this.opened || !this.pool) {
      throw new Error(`QueueDB not opened ${this.opened}`);
    }

    const client = await this.pool.connect();

    let clientError: Error | undefined;
    const onError = (e: Error) => {
      clientError = e;
    };
    client.on("error", onError);

    try {
      await client.query("BEGIN");
      if (this.config.statement_timeout && this.config.statement_timeout > 0) {
        await client.query(`SET LOCAL statement_timeout = ${this.config.statement_timeout}`);
      }
      const result = await fn(client);
      if (clientError) throw clientError;
      await client.query("COMMIT");
      return result;
    } catch (err) {
      const rollbackErr = await client.query("ROLLBACK").catch((e) => e as Error);
      const errors = [err as Error, clientError, rollbackErr].filter((e): e is Error => e instanceof Error);
      if (errors.length === 1) throw errors[0];
      throw new AggregateError(errors, "Queue transaction failed");
    } finally {
      client.off("error", onError);
      client.release(clientError);
    }
  }
}
