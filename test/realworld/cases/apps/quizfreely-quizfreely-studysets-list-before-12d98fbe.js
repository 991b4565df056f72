// Source: quizfreely/quizfreely — api/index.js at 12d98fbe^ (POST /studysets/list, before the fix for issue #21 "API stops sending responses after a few requests"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: no path releases the client — the listing, the invalid-session 401 and the 500 from the catch all return with it checked out, so the pool runs dry after a few requests
import Fastify from "fastify";
import pg from "pg";

const { Pool } = pg;
const pool = new Pool({ connectionString: process.env.POSTGRES_URI });
const fastify = Fastify({ logger: true });

fastify.post("/studysets/list", async function (request, reply) {
  if (request.body && request.body.session && request.body.session.id && request.body.session.token) {
    let client = await pool.connect();
    try {
      await client.query("BEGIN");
      let session = await client.query("select id, token, user_id from auth.verify_and_refresh_session($1, $2)", [
        request.body.session.id,
        request.body.session.token,
      ]);
      if (session.rows.length == 1) {
        await client.query("set role quizfreely_auth_user");
        await client.query("select set_config('quizfreely_auth.user_id', $1, true)", [session.rows[0].user_id]);
        let studysets = await client.query(
          "select id, user_id, title, private, updated_at from public.studysets where user_id = $1",
          [session.rows[0].user_id],
        );
        await client.query("COMMIT");
        return reply.send({ error: false, data: { rows: studysets.rows } });
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
