// Source: uzrnem/fastify-postgres-todo-crud — index.js (the `getDbClient` decorator), reduced by hand, not copied
// Label: hand-over
// Why: the app decorates the Fastify instance with `getDbClient`, which returns a @fastify/postgres checkout to whichever handler asks (the todo and user controllers, and the /test route); the decorator itself keeps nothing — those callers each release after their query, with no finally, so a failing query leaks in them, not here
import Fastify from "fastify";
import fastifyPostgres from "@fastify/postgres";

const fastify = Fastify();

fastify.register(fastifyPostgres, {
  promise: true,
  connectionString: process.env.DATABASE_URL,
});

fastify.addHook("onSend", (req, reply, body, next) => {
  console.log(reply.elapsedTime, reply.statusCode, req.method, req.url);
  next();
});

fastify.decorate("getDbClient", async () => {
  return await fastify.pg.connect();
});

export default fastify;
