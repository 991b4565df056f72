// Source: fastify/fastify-postgres — test/req-initialization.test.js ('Should throw an error when pg client has already been registered'), reduced by hand, not copied
// Label: hand-over
// Why: the hook stores the client on the request (`req.pg = await fastify.pg.connect()`); the plugin's transact onError/onSend hooks release `req.pg`
const { test } = require("node:test");
const Fastify = require("fastify");
const fastifyPostgres = require("@fastify/postgres");

test("a client registered on the request before the transact hook", async (t) => {
  const fastify = Fastify();
  t.after(() => fastify.close());
  await fastify.register(fastifyPostgres, { connectionString: process.env.DATABASE_URL });
  fastify.addHook("onRequest", async (req) => {
    req.pg = await fastify.pg.connect();
  });
  fastify.get("/", { pg: { transact: true } }, async () => {});
  const response = await fastify.inject({ url: "/" });
  t.assert.strictEqual(response.statusCode, 500);
});
