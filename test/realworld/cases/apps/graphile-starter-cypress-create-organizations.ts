// Source: graphile/starter — @app/server/src/middleware/installCypressServerCommand.ts (the createUser command's organizations), reduced by hand, not copied
// Label: safe
// Why: begin, a nested async helper and an awaited `Promise.all(orgs.map(async …))` on the client sit in try/finally (commit) inside an outer try whose finally releases
import { Pool } from "pg";

export async function createOrganizations(
  rootPgPool: Pool,
  session: { uuid: string },
  otherSession: { uuid: string },
  orgs: [string, string, boolean?][],
) {
  const client = await rootPgPool.connect();
  try {
    await client.query("begin");
    async function setSession(sess: { uuid: string }) {
      await client.query("select set_config('jwt.claims.session_id', $1, true)", [sess.uuid]);
    }
    try {
      await setSession(session);
      await Promise.all(
        orgs.map(async ([name, slug, owner = true]) => {
          if (!owner) {
            await setSession(otherSession);
          }
          await client.query("select * from app_public.create_organization($1, $2)", [slug, name]);
          if (!owner) {
            await setSession(session);
          }
        }),
      );
    } finally {
      await client.query("commit");
    }
  } finally {
    await client.release();
  }
}
