// Source: Effect-TS/effect — packages/sql/pg/src/PgClient.ts (makeConnection, runWithClient), reduced by hand, not copied
// Label: hand-over
// Why: the callback stores the checkout in the outer `client` variable; `cleanup()` (called when the query resumes, on a connection error, or on interruption) releases it once
import type { Pool, PoolClient, ClientBase } from "pg";

export function runWithClient<A>(
  pool: Pool,
  f: (client: ClientBase, done: (result: A | Error) => void) => void,
  resume: (result: A | Error) => void,
): () => void {
  let done = false;
  let client: PoolClient | undefined = undefined;
  function onError(cause: Error) {
    cleanup(cause);
    resume(cause);
  }
  function cleanup(cause?: Error) {
    if (!done) client?.release(cause);
    done = true;
    client?.off("error", onError);
  }
  pool.connect((cause, client_) => {
    if (cause) {
      return resume(new Error("Failed to acquire connection"));
    } else if (!client_) {
      return resume(new Error("No client returned"));
    } else if (done) {
      client_.release();
      return;
    }
    client = client_;
    client.once("error", onError);
    f(client, (result) => {
      cleanup();
      resume(result);
    });
  });
  return () => cleanup();
}
