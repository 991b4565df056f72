// Source: mr0xff/api-backend-service — src/routes/index.ts at 27640e7 (the /sql route, which that commit moved from one plugin-wide `fastify.pg.connect()` to a checkout per request), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `db.release()` follows the awaited SELECT with no try/finally; a failing query (a non-numeric id) rejects past it and the request keeps the client
import type { FastifyInstance, RouteGenericInterface } from "fastify";

interface SqlRoute extends RouteGenericInterface {
  Querystring: { id: number };
}

export default async function index(fastify: FastifyInstance) {
  fastify.all<SqlRoute>("/sql", async function (req, res) {
    const db = await fastify.pg.connect();

    const { id } = req.query;

    fastify.log.warn(id);

    const { rows } = await db.query("SELECT name FROM users_tb WHERE id=$1", [id]);

    db.release();
    res.send(rows.at(0));
  });
}
