// Source: fastify/fastify-postgres — test/query.test.js ('Should be able to connect and query with a named instance'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: test code: the named decorator's client (`fastify.pg.test.connect()`) is released only after an awaited query, with no finally
const { test } = require("node:test");
const Fastify = require("fastify");
const fastifyPostgres = require("@fastify/postgres");

test("connect and query with a named instance", async (t) => {
  const fastify = Fastify();
  t.after(() => fastify.close());
  await fastify.register(fastifyPostgres, { connectionString: process.env.DATABASE_URL, name: "test" });
  await fastify.ready();
  const client = await fastify.pg.test.connect();
  const result = await client.query("SELECT NOW()");
  t.assert.ok(result.rows);
  client.release();
});
