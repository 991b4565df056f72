// Source: AmirA8343/echosystem — src/routes/link.ts (POST /link), reduced by hand, not copied
// Label: safe
// Why: the 409 `return reply…` after a rollback and the catch that returns a 500 reply both leave through the finally that releases
import type { FastifyInstance } from "fastify";
import { pool } from "../db";

export async function linkRoutes(app: FastifyInstance) {
  app.post("/link", async (request, reply) => {
    const body = request.body as { fitmacroUid?: string; email?: string };
    const normalizedEmail = body.email?.trim().toLowerCase() ?? null;
    const lockKeys = [body.fitmacroUid, normalizedEmail].filter(Boolean).map((value) => `ecosystem-link:${value}`).sort();

    const client = await pool.connect();
    try {
      await client.query("begin");
      for (const key of lockKeys) {
        await client.query("select pg_advisory_xact_lock(hashtext($1))", [key]);
      }
      const rows = (await client.query("select * from ecosystem_users where fitmacro_uid = $1 or lower(email) = $2", [body.fitmacroUid ?? null, normalizedEmail])).rows;
      if (rows.length > 1) {
        await client.query("rollback");
        return reply.code(409).send({ error: "Conflicting linked accounts found." });
      }
      const row = rows[0] ?? (await client.query("insert into ecosystem_users (fitmacro_uid, email) values ($1, $2) returning *", [body.fitmacroUid ?? null, normalizedEmail])).rows[0];
      await client.query("commit");
      return { ecosystemUserId: row.ecosystem_user_id };
    } catch (error: any) {
      await client.query("rollback");
      return reply.code(500).send({ error: error?.message ?? "Failed to link account." });
    } finally {
      client.release();
    }
  });
}
