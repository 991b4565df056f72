export async function acquireSessionAdvisoryLock(
  db: { query: (text: string, values?: unknown[]) => Promise<unknown> },
  namespace: string,
): Promise<() => Promise<void>> {
  await db.query("SELECT pg_advisory_lock(hashtext($1))", [namespace]);
  return async () => {
    await db.query("SELECT pg_advisory_unlock(hashtext($1))", [namespace]);
  };
}
