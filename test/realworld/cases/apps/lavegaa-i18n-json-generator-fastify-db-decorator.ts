// Source: Lavegaa/i18n-json-generator — server/src/plugins/dbConnection.ts (dbconnector), reduced by hand, not copied
// Label: safe
// Why: a single `pg.Client` connected once in a Fastify plugin and decorated onto the instance for the process's life; no pool checkout
import fastifyPlugin from "fastify-plugin";
import { Client } from "pg";

const client = new Client({
  user: "postgres",
  password: process.env.PASSWORD,
  host: "localhost",
  port: 5432,
  database: process.env.DATABASE,
});

async function dbconnector(fastify: any, options: any) {
  try {
    await client.connect();
    console.log("db connected");
    fastify.decorate("db", { client });
  } catch (err) {
    console.error(err);
  }
}

export default fastifyPlugin(dbconnector);
