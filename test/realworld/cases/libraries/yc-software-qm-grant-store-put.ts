// Source: yc-software/qm — src/acl/postgres-grant-store.ts (createPostgresGrantStore's put), reduced by hand, not copied
// Label: safe
// Why: the grant upsert checks out from the store's lazily opened pool (`(await db.pool()).connect()`), takes a transaction-scoped advisory lock, and commits in a try whose catch rolls back and whose finally releases
import type { PgPool } from "../persistence/pg-pool.ts";

interface Grant {
  ownerScopeId: string;
  ref: string;
  granteeScopeId: string;
  permission: string;
  grantedBy: string;
}

export function createPostgresGrantStore(db: PgPool) {
  return {
    async put(g: Grant) {
      const client = await (await db.pool()).connect();
      try {
        await client.query("BEGIN");
        await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`acl-grants:${g.ownerScopeId}\n${g.ref}`]);
        await client.query(
          `INSERT INTO acl_grants (owner_scope_id, path, grantee_scope_id, permission, granted_by)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (owner_scope_id, path, grantee_scope_id, permission) DO UPDATE SET granted_by = EXCLUDED.granted_by`,
          [g.ownerScopeId, g.ref, g.granteeScopeId, g.permission, g.grantedBy],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
