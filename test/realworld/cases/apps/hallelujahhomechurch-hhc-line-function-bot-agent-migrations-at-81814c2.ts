// Source: HallelujahHomeChurch/hhc-line-function-bot — src/agent/migrations.ts at 81814c2 (runAgentMemoryMigrations, "test: add kernel postgres publication gate", which moved the migrations from one query each on the pool into one locked transaction on a checkout), reduced by hand, not copied
// Label: safe
// Why: when the injected executor can check out (`db.connect` present) the migrations run in BEGIN, an advisory xact lock and COMMIT on one client, ROLLBACK only `if (began)`, and the finally releases it on every path; without `connect` they run on the executor as before
interface MigrationExecutor {
  query(sql: string, values?: unknown[]): Promise<unknown>;
}

export interface Queryable extends MigrationExecutor {
  connect?(): Promise<MigrationClient>;
}

interface MigrationClient extends MigrationExecutor {
  release(): void;
}

const migrations = [
  `create table if not exists agent_resources (id uuid primary key, profile_name text not null, expires_at timestamptz not null)`,
  `alter table agent_resources add column if not exists description text`,
];

export async function runAgentMemoryMigrations(db: Queryable): Promise<void> {
  if (!db.connect) {
    for (const migration of migrations) {
      await db.query(migration);
    }
    return;
  }

  const client = await db.connect();
  let began = false;
  try {
    await client.query("begin");
    began = true;
    await client.query("select pg_advisory_xact_lock(144757, 1)");
    for (const migration of migrations) {
      await client.query(migration);
    }
    await client.query("commit");
  } catch (error) {
    if (began) await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
}
