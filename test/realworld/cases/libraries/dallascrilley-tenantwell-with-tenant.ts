// Source: dallascrilley/tenantwell — src/tenant-context.ts (withTenant), reduced by hand, not copied
// Label: safe
// Why: the tenant id is checked before the checkout; BEGIN and the transaction-local set_config of app.tenant_id run inside the try, the callback gets a query-only view of the client, and the outer finally releases
import type { Pool, PoolClient } from "pg";

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class InvalidTenantIdError extends Error {
  constructor(tenantId: string) {
    super(`invalid tenant id: ${tenantId}`);
  }
}

export interface TenantScopedClient {
  readonly tenantId: string;
  query: PoolClient["query"];
}

export async function withTenant<T>(pool: Pool, tenantId: string, fn: (client: TenantScopedClient) => Promise<T>): Promise<T> {
  if (!UUID_PATTERN.test(tenantId)) {
    throw new InvalidTenantIdError(tenantId);
  }

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);

    const scoped: TenantScopedClient = {
      tenantId,
      query: client.query.bind(client) as PoolClient["query"],
    };

    try {
      const result = await fn(scoped);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  } finally {
    client.release();
  }
}
