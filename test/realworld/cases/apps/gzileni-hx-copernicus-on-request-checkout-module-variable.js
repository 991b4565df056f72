// Source: gzileni/hx-copernicus — routes/pollution.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the `onRequest` hook checks a client out into the module variable `db`; the `preHandler` hook queries it and releases it only after its last query, not in a finally, so a failed query keeps the client; and a second request's checkout overwrites `db` before the first one's preHandler released it
let db;
let result;

module.exports = async function (fastify) {
  fastify.addHook("onRequest", async () => {
    db = await fastify.pg.connect();
  });

  fastify.addHook("preHandler", async (request, reply) => {
    if (!request.body.bbox) {
      reply.code(400).send("Must have one data filter, coordinates or bbox.");
    }
    const { rows } = await db.query("SELECT ST_AsText(ST_MakeEnvelope($1, $2, $3, $4)) AS wkt", request.body.bbox);
    result = await db.query("SELECT json_build_object('wkt', $1::text)", [rows[0].wkt]);
    db.release();
  });

  fastify.post("/copernicus/pollution", (request, reply) => {
    reply.code(200).send(result.rows[0].json_build_object);
  });
};
