// Source: yc-software/qm — src/persistence/pg-pool.ts (applyDdl), reduced by hand, not copied
// Label: safe
// Why: the schema-init checkout holds an advisory lock for the DDL loop; the finally awaits the unlock with `.catch(swallowAs(…))`, which cannot reject (swallowAs only builds a handler that logs and returns the fallback), and then releases
import type { Pool } from "pg";
import { swallowAs } from "../util/errors.ts";

export function concurrentIndexName(stmt: string): string | undefined {
  return /^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\s+CONCURRENTLY\s+IF\s+NOT\s+EXISTS\s+([a-z_][a-z0-9_$]*)\b/i.exec(stmt)?.[1];
}

export async function applyDdl(pool: Pool, statements: string[]): Promise<void> {
  const ddl = await pool.connect();
  try {
    await ddl.query("SELECT pg_advisory_lock(hashtext('agent-platform:schema-init'))");
    for (const stmt of statements) {
      const indexName = concurrentIndexName(stmt);
      if (indexName) {
        const existing = await ddl.query("SELECT NOT indisvalid AS invalid FROM pg_index WHERE indexrelid = to_regclass($1)", [indexName]);
        if (existing.rows[0]?.invalid) await ddl.query(`DROP INDEX CONCURRENTLY ${indexName}`);
      }
      await ddl.query(stmt);
    }
  } finally {
    await ddl
      .query("SELECT pg_advisory_unlock(hashtext('agent-platform:schema-init'))")
      .catch(swallowAs("pg-pool: schema-init unlock", undefined));
    ddl.release();
  }
}
