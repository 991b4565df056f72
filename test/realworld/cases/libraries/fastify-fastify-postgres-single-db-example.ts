// Source: fastify/fastify-postgres — examples/typescript/single-db/app.ts (the /calc route), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await client.query(...)` can reject between `app.pg.connect()` and `client.release()`, which is not in a finally
import fastify from "fastify";
import { fastifyPostgres } from "@fastify/postgres";

const app = fastify();

app.register(fastifyPostgres, { connectionString: process.env.DATABASE_URL });

app.get("/calc", async () => {
  const client = await app.pg.connect();
  const answer = await client.query<{ total: number }>("SELECT 2 + 2 AS total");
  client.release();
  return { total: answer.rows };
});

export { app };
