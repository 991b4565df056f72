// Source: Ozceran27/miclub-whatsapp-crm — apps/api/src/db/transaction.ts at 03c44951 (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the pool is the caller's or the lazily made one of `./postgres.js`, held in a local named `db` and typed only by the module's own `connect()`/`release()` shapes; BEGIN, the callback and COMMIT run in a `try` whose `catch` rolls back (its failure swallowed) and rethrows, and whose `finally` releases
import { getPostgresPool, type PgPool, type QueryExecutor } from "./postgres.js";

export const withTransaction = async <T>(callback: (executor: QueryExecutor) => Promise<T>, pool?: Pick<PgPool, "connect">): Promise<T> => {
  const db = pool ?? (await getPostgresPool());
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    const result = await callback(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
};

export const withTenantTransaction = async <T>(clubId: string, callback: (executor: QueryExecutor) => Promise<T>, pool?: Pick<PgPool, "connect">): Promise<T> =>
  withTransaction(async (executor) => {
    await executor.query("SELECT set_config('app.club_id', $1, true)", [clubId]);
    return callback(executor);
  }, pool);
