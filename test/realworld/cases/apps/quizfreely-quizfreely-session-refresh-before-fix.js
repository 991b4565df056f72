// Source: quizfreely/quizfreely — api/index.js at 12d98fbe^ (POST /session/refresh, before the fix for issue #21 "API stops sending responses after a few requests"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the refresh transaction commits or rolls back and replies, and no path releases the client
import Fastify from "fastify";
import pg from "pg";

const { Pool } = pg;
const fastify = Fastify();
const pool = new Pool({ connectionString: process.env.POSTGRES_URI });

fastify.post("/session/refresh", async function (request, reply) {
  if (request.body && request.body.session && request.body.session.id && request.body.session.token) {
    let client = await pool.connect();
    try {
      await client.query("BEGIN");
      let session = await client.query("select id, token, user_id from auth.verify_and_refresh_session($1, $2)", [
        request.body.session.id,
        request.body.session.token,
      ]);
      if (session.rows.length == 1) {
        await client.query("COMMIT");
        return reply.send({ error: false, data: { session: { id: session.rows[0].id, token: session.rows[0].token } } });
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
