// Source: quizfreely/quizfreely — api/index.js at 12d98fbe^ (POST /studysets/update/:studysetid, before the fix for issue #21), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: three nested outcomes (updated, not found, invalid session) and the catch each reply and return; none releases the client
import Fastify from "fastify";
import pg from "pg";

const { Pool } = pg;
const fastify = Fastify();
const pool = new Pool({ connectionString: process.env.POSTGRES_URI });

fastify.post("/studysets/update/:studysetid", async function (request, reply) {
  const body = request.body;
  if (body && body.session && body.studyset && body.studyset.title && typeof body.studyset.private === "boolean") {
    let client = await pool.connect();
    try {
      await client.query("BEGIN");
      let session = await client.query("select id, token, user_id from auth.verify_and_refresh_session($1, $2)", [
        body.session.id,
        body.session.token,
      ]);
      if (session.rows.length == 1) {
        await client.query("select set_config('quizfreely_auth.user_id', $1, true)", [session.rows[0].user_id]);
        let updated = await client.query(
          "update public.studysets set title = $2, private = $3, data = $4 where id = $1 returning id",
          [request.params.studysetid, body.studyset.title, body.studyset.private, body.studyset.data],
        );
        if (updated.rows.length == 1) {
          await client.query("COMMIT");
          return reply.send({ error: false, data: { studyset: { id: updated.rows[0].id } } });
        } else {
          await client.query("ROLLBACK");
          return reply.callNotFound();
        }
      } else {
        await client.query("ROLLBACK");
        return reply.code(401).send({ error: { type: "session-invalid" } });
      }
    } catch (error) {
      await client.query("ROLLBACK");
      request.log.error(error);
      return reply.code(500).send({ error: { type: "postgres-error" } });
    }
  } else {
    return reply.code(400).send({ error: { type: "fields-missing" } });
  }
});

export default fastify;
