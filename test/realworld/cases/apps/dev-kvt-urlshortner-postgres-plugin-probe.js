// Source: dev-kvt/urlshortner — plugins/postgres.js at 7cf82d6 (dbConnector, a Fastify plugin), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up probe awaits `SELECT NOW()` on the `fastify.pg` checkout and releases only after it, in the try; when the query rejects the catch logs and rethrows without releasing
const fastifyPostgres = require("@fastify/postgres");
const fp = require("fastify-plugin");

async function dbConnector(fastify, options) {
  await fastify.register(fastifyPostgres, { connectionString: process.env.DATABASE_URI });

  try {
    const client = await fastify.pg.connect();
    await client.query("SELECT NOW()");
    client.release();
    fastify.log.info("PostgreSQL connected and verified.");
  } catch (err) {
    fastify.log.error("PostgreSQL not connected & connection failed.", err);
    throw err;
  }
}

module.exports = fp(dbConnector);
