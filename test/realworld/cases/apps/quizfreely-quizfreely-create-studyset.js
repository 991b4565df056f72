// Source: quizfreely/quizfreely — api/index.js at 12d98fbe (POST /studysets/create, the fix for issue #21: `finally { client.release() }`), reduced by hand, not copied
// Label: safe
// Why: the fix adds a finally that releases after every reply, the failed-ROLLBACK path included
import Fastify from "fastify";
import pg from "pg";

const { Pool } = pg;
const fastify = Fastify();
const pool = new Pool({ connectionString: process.env.POSTGRES_URI });

fastify.post("/studysets/create", async function (request, reply) {
  if (request.body && request.body.session && request.body.studyset) {
    let title = request.body.studyset.title || "Untitled Studyset";
    let client = await pool.connect();
    try {
      await client.query("BEGIN");
      let session = await client.query("select id, token, user_id from auth.verify_and_refresh_session($1, $2)", [
        request.body.session.id,
        request.body.session.token,
      ]);
      if (session.rows.length == 1) {
        await client.query("set role quizfreely_auth_user");
        let inserted = await client.query(
          "insert into public.studysets (user_id, title, private, data) values ($1, $2, $3, $4) returning id",
          [session.rows[0].user_id, title, request.body.studyset.private, request.body.studyset.data],
        );
        await client.query("COMMIT");
        return reply.send({ error: false, data: { studyset: { id: inserted.rows[0].id } } });
      } else {
        await client.query("ROLLBACK");
        return reply.code(401).send({ error: { type: "session-invalid" } });
      }
    } catch (error) {
      await client.query("ROLLBACK");
      request.log.error(error);
      return reply.code(500).send({ error: { type: "postgres-error" } });
    } finally {
      client.release();
    }
  } else {
    return reply.code(400).send({ error: { type: "fields-missing" } });
  }
});

export default fastify;
