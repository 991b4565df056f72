// Source: quizfreely/quizfreely — api/index.js at 12d98fbe^ (POST /sign-in), reduced by hand, not copied
// Label: safe
// Why: unlike the other routes of that version (upstream issue #21), /sign-in already released in a `finally` (relabelled: an earlier reduction dropped the finally and called it a leak)
import Fastify from "fastify";
import pg from "pg";

const { Pool } = pg;
const fastify = Fastify();
const pool = new Pool({ connectionString: process.env.POSTGRES_URI });

fastify.post("/sign-in", async function (request, reply) {
  if (request.body && request.body.username && request.body.password) {
    let client = await pool.connect();
    try {
      await client.query("BEGIN");
      let result = await client.query(
        "select id, username from auth.users where username = $1 and encrypted_password = crypt($2, encrypted_password) limit 1",
        [request.body.username, request.body.password],
      );
      if (result.rows.length == 1) {
        let session = await client.query("select * from auth.new_session($1)", [result.rows[0].id]);
        await client.query("COMMIT");
        return reply.send({ error: false, data: { session: session.rows[0] } });
      } else {
        await client.query("ROLLBACK");
        return reply.code(400).send({ error: { type: "sign-in-incorrect" } });
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
