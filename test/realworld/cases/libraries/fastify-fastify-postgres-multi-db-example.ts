// Source: fastify/fastify-postgres — examples/typescript/multiple-db/app.ts (the /calc route, one of its two pools), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the named pool's client (`app.pg.sum.connect()`) is released only after an await that can reject
import fastify from "fastify";
import { fastifyPostgres } from "@fastify/postgres";

const app = fastify();

app.register(fastifyPostgres, { name: "sum", connectionString: process.env.SUM_DATABASE_URL });

app.get("/calc", async () => {
  const sumClient = await app.pg.sum.connect();
  const sumResult = await sumClient.query<{ total: number }>("SELECT 2 + 2 AS total");
  sumClient.release();
  return { total: sumResult.rows };
});

export { app };
