// Source: leonardonicola/rinha-fastify — index.js at 27f8cbc (connect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: once Fastify is ready, a start-up probe awaits `fastify.pg.connect()` (@fastify/postgres) and retries on failure every 3 s, but drops the client it gets: the successful checkout is never released and holds one of the pool's 35 connections for the server's life
import pg from "@fastify/postgres";
import Fastify from "fastify";

const fastify = Fastify();

fastify.register(pg, {
  connectionString: process.env.DATABASE_URL,
  max: 35,
});

fastify.ready((err) => {
  connect();
});

async function connect() {
  try {
    await fastify.pg.connect();
  } catch (err) {
    setTimeout(() => {
      connect();
    }, 3000);
  }
}

fastify.listen({ port: 8080, host: "0.0.0.0" });
