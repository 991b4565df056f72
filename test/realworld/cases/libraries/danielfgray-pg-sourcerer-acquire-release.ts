// Source: DanielFGray/pg-sourcerer — packages/example/scripts/dbSetup.ts (acquireConnection), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is the acquire step of Effect's `acquireRelease`: the thunk returns connect()'s promise to Effect, which runs the paired release step (`client.release()`) when the scope closes
import { Data, Effect } from "effect";
import pg from "pg";

class DatabaseSetupError extends Data.TaggedError("DatabaseSetupError")<{ error: unknown }> {}

export const acquireConnection = (pool: pg.Pool) =>
  Effect.acquireRelease(
    Effect.tryPromise({
      try: () => pool.connect(),
      catch: (error) => new DatabaseSetupError({ error }),
    }),
    (client) =>
      Effect.sync(() => {
        client.release();
      }),
  );
