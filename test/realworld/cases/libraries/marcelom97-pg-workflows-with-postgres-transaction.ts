// Source: marcelom97/pg-workflows — src/db/queries.ts (withPostgresTransaction), reduced by hand, not copied
// Label: safe
// Why: when a pool is given, the checkout is wrapped in a small executor and its release kept in a closure variable; only object and arrow creation sit between connect() and the try whose finally calls `release?.()`
type Db = { executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };

export async function withPostgresTransaction<T>(
  db: Db,
  callback: (db: Db) => Promise<T>,
  pool?: {
    connect: () => Promise<{
      query: (text: string, values?: unknown[]) => Promise<unknown>;
      release: () => void;
    }>;
  },
): Promise<T> {
  let txDb: Db;
  let release: (() => void) | undefined;

  if (pool) {
    const client = await pool.connect();
    txDb = {
      executeSql: (text: string, values?: unknown[]) =>
        client.query(text, values) as Promise<{ rows: unknown[] }>,
    };
    release = () => client.release();
  } else {
    txDb = db;
  }

  try {
    await txDb.executeSql("BEGIN", []);
    const result = await callback(txDb);
    await txDb.executeSql("COMMIT", []);
    return result;
  } catch (error) {
    await txDb.executeSql("ROLLBACK", []);
    throw error;
  } finally {
    release?.();
  }
}
