import type pg from "pg";

export async function setTenantContext(client: pg.PoolClient, ctx: { tenantId: string; userId: string }): Promise<void> {
  await client.query("SELECT set_config('app.current_tenant', $1, true), set_config('app.current_user', $2, true)", [ctx.tenantId, ctx.userId]);
}

export async function clearTenantContext(client: pg.PoolClient): Promise<void> {
  await client.query("RESET app.current_tenant; RESET app.current_user");
}
