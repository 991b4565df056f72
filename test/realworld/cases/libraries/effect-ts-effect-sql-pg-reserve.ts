// Source: Effect-TS/effect — packages/sql/pg/src/PgClient.ts (reserveRaw), reduced by hand, not copied
// Label: hand-over
// Why: the callback's `release` is registered as a finalizer of the caller's scope and the client is resumed to the caller; the scope's close releases it
import type { Pool, PoolClient } from "pg";

// Effect's combinators, reduced to what the shape needs: a lazy effect, a scope finalizer, and "run this, then yield that".
interface Effect<A> {
  readonly _A: A;
}
declare const Effect: {
  sync<A>(f: () => A): Effect<A>;
  fail(e: Error): Effect<never>;
  as<A>(self: Effect<unknown>, value: A): Effect<A>;
};
declare const Scope: { addFinalizer(scope: object, finalizer: Effect<void>): Effect<void> };

export function reserveRaw(pool: Pool, scope: object, resume: (effect: Effect<PoolClient>) => void): void {
  let cause: Error | undefined = undefined;
  function onError(cause_: Error) {
    cause = cause_;
  }
  pool.connect((err, client, release) => {
    if (err) {
      return resume(Effect.fail(new Error(`Failed to acquire connection for transaction: ${err.message}`)));
    } else if (!client) {
      return resume(Effect.fail(new Error("No client returned")));
    }
    client.on("error", onError);
    resume(
      Effect.as(
        Scope.addFinalizer(
          scope,
          Effect.sync(() => {
            client.off("error", onError);
            release(cause);
          }),
        ),
        client,
      ),
    );
  });
}
