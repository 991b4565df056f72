// Source: saltcorn/saltcorn — packages/saltcorn-data/models/table.ts (Table.withRlsUser), reduced by hand, not copied
// Label: safe
// Why: with no open transaction a dedicated client is checked out, put on the request context for fn's queries, and the finally resets the GUCs, clears the context and releases it (destroying it when a RESET failed)
import db from "./db";

type User = { id?: number; role_id?: number };

export class Table {
  name = "";

  private canEnforceRls(): boolean {
    return true;
  }

  private async withRlsUser<T>(user: User | undefined, fn: () => Promise<T>): Promise<T> {
    if (!this.canEnforceRls() || !user) return fn();
    const uid = String(user.id ?? 0);
    const rid = String(user.role_id ?? 100);
    const ctx = db.getRequestContext();
    if (ctx?.client) {
      await ctx.client.query(`SELECT set_config('app.current_user_id', $1, true)`, [uid]);
      await ctx.client.query(`SELECT set_config('app.current_user_role', $1, true)`, [rid]);
      return fn();
    }
    const client = await db.getClient();
    if (ctx) ctx.client = client;
    try {
      await client.query(`SELECT set_config('app.current_user_id', $1, false)`, [uid]);
      await client.query(`SELECT set_config('app.current_user_role', $1, false)`, [rid]);
      return await fn();
    } finally {
      let resetFailed = false;
      try {
        await client.query(`RESET app.current_user_id`);
      } catch (_) {
        resetFailed = true;
      }
      try {
        await client.query(`RESET app.current_user_role`);
      } catch (_) {
        resetFailed = true;
      }
      if (ctx) ctx.client = null;
      client.release(resetFailed || undefined);
    }
  }
}
