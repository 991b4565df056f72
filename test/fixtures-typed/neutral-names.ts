// Pools whose names say nothing: only the type checker can tell (recommended-type-checked). Syntactic mode reports
// nothing here; type-aware mode reports the lines marked `expect-typed`. (Nothing here releases a client: a release is
// evidence of a pool checkout without types — test/rules/pool-detection.test.ts.)
import pg from "pg";

// One pool shared by every caller: what the factory returns is only a variable (a factory that returns `new Pool()`
// itself is a pool without types, pools/pool-factories.ts).
let shared: pg.Pool | undefined;
function connectDatabase(): pg.Pool {
  shared ??= new pg.Pool({ max: 30 });
  return shared;
}

const database = connectDatabase();
const deps = { primary: connectDatabase() };

export async function reset(): Promise<void> {
  await database.query("BEGIN"); // expect-typed: poolguard/no-transaction-on-pool
  await deps.primary.query("COMMIT"); // expect-typed: poolguard/no-transaction-on-pool
}

export async function touch(): Promise<void> {
  const client = await database.connect(); // expect-typed: poolguard/no-leaked-client
  await client.query("UPDATE jobs SET touched_at = now()");
}
