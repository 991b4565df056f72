// Source: tiagolauer/sql-template-typed — src/adapters/pg.ts (createPgTransaction's runPgTransaction), reduced by hand, not copied
// Label: safe
// Why: between the checkout and the try the adapter builds the typed `tx` from createPgExecutor (this file: it returns a closure) and createTypedDb (the package's index: it only returns an object of closures), neither of which can throw; begin, the callback and commit run in the try, the catch rolls back and the finally releases
import type { Pool, PoolClient } from "pg";
import { createTypedDb, type DialectExecutor, type SchemaLike, type TypedDb, type TypedDbOptions } from "../index.js";

export function createPgExecutor(client: Pool | PoolClient): DialectExecutor<"dollar"> {
  return async (sql, params) => {
    const result = params.length === 0 ? await client.query(sql) : await client.query(sql, params.map((value) => value ?? null));
    return { rows: result.rows, meta: result.rowCount === null ? {} : { rowCount: result.rowCount } };
  };
}

export function createPgTransaction<DB extends SchemaLike>(pool: Pool) {
  return async function runPgTransaction<T>(fn: (tx: TypedDb<DB>) => Promise<T>, options?: TypedDbOptions): Promise<T> {
    const client = await pool.connect();
    const tx = createTypedDb<DB>(createPgExecutor(client), { ...options, placeholders: "dollar" });

    try {
      await client.query("begin");
      const result = await fn(tx);
      await client.query("commit");
      return result;
    } catch (error) {
      await client.query("rollback");
      throw error;
    } finally {
      client.release();
    }
  };
}
