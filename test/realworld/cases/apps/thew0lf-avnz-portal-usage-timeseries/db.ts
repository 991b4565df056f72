// Second module of the case: the checkout helper, as in the source's apps/api/src/db.ts (reduced).
import { Pool } from "pg";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function getClientForReq(req: { auth?: any }) {
  const client: any = await pool.connect();
  const orgUUID = req?.auth?.orgUUID || null;
  try {
    if (orgUUID) await client.query("select set_config('app.org_uuid', $1, true)", [String(orgUUID)]);
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
