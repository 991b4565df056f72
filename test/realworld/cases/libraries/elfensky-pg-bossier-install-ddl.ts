// Source: elfensky/pg-bossier — src/install.ts (install), reduced by hand, not copied
// Label: safe
// Why: a preflight query, then the DDL in BEGIN…COMMIT; the catch rolls back (its own failure swallowed) and rethrows, the finally releases
import type { Pool } from "pg";

declare function resolveSchemas(opts: { pgbossier?: string; pgboss?: string }): { pgbossier: string; pgboss: string };
declare function schemaSql(s: { pgbossier: string }): string;
declare function recordTableSql(s: { pgbossier: string }): string;
declare function recordIndexesSql(s: { pgbossier: string }): string[];
declare function captureTriggerSql(s: { pgbossier: string; pgboss: string }): string;

export async function install(pool: Pool, options?: { schema?: string; pgbossSchema?: string }): Promise<void> {
  const s = resolveSchemas({ pgbossier: options?.schema, pgboss: options?.pgbossSchema });

  const client = await pool.connect();
  try {
    await client.query(`SELECT 1 FROM ${s.pgboss}.job LIMIT 0`);
    await client.query("BEGIN");
    await client.query(schemaSql(s));
    await client.query(recordTableSql(s));
    for (const idx of recordIndexesSql(s)) await client.query(idx);
    await client.query(captureTriggerSql(s));
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {
      /* the connection may be dead */
    });
    throw err;
  } finally {
    client.release();
  }
}
