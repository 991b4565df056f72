// Source: thew0lf/avnz-portal — apps/api/src/db.ts (getClientForReq), reduced by hand, not copied
// Label: hand-over
// Why: the request's client is returned to the controller that asked for it (every caller releases it in a finally); before that, the tenant's set_config sits in a try whose catch swallows, and the release is wrapped to reset the setting first — nothing that can throw runs outside a try between the checkout and the return
import { Pool } from "pg";

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: process.env.PGSSL ? { rejectUnauthorized: false } : undefined,
});

export async function getClientForReq(req: { auth?: any }) {
  const client: any = await pool.connect();
  const orgUUID = req?.auth?.orgUUID || null;
  try {
    if (orgUUID) {
      await client.query("select set_config('app.org_uuid', $1, true)", [String(orgUUID)]);
    }
  } catch {}
  const orig = client.release.bind(client);
  client.release = async () => {
    try {
      await client.query("select set_config('app.org_uuid', '', false)");
    } catch {}
    return orig();
  };
  return client;
}
