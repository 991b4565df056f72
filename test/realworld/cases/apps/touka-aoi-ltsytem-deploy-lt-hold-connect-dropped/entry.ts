// Source: touka-aoi/Ltsytem-deploy — src/lib/LtHold/LtHoldRequestPostgresql.ts (LtHoldRequestPostgresql.connect, at 7ec8f4a), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the field `client` is typed `Pool` and holds the pool exported by the SvelteKit hooks module; `connect()` awaits `this.client.connect()` and drops the checked-out client, one leaked connection per call (no caller in the tree at 7ec8f4a: the queries use `this.client.query` on the pool)
import type { Pool } from "pg";
import { pool } from "./hooks.server";

export class LtHoldRequestPostgresql {
  private client: Pool;

  constructor() {
    this.client = pool;
  }

  async connect() {
    await this.client.connect();
  }

  async getLtInfoFromId(id: number) {
    const response: { data: unknown[]; error?: { message: string } } = { data: [] };
    try {
      const res = await this.client.query("SELECT * FROM Ltinfo WHERE id = $1", [id]);
      response.data = [res.rows.at(0)];
    } catch (e) {
      if (e instanceof Error) response.error = { message: e.message };
    }
    return response;
  }
}
