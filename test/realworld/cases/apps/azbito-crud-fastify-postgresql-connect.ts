// Source: Azbito/crud-fastify-postgresql — src/database.ts at 45687c4 (connect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the routes query through knex (its own tarn pool); start-up calls connect(), which makes a second, raw pg Pool, checks a client out and awaits `Select now()` before returning it — a failed query leaves the checkout behind, and server.ts's `await connect();` drops the client it returns anyway
import { Pool } from "pg";
import { knex as setupKnex, type Knex } from "knex";

export const config: Knex.Config = {
  client: "pg",
  connection: process.env.CONNECTION_STRING,
  migrations: { extension: "ts", directory: "db/migrations" },
};

export const knex = setupKnex(config);

export async function connect() {
  const pool = new Pool({ connectionString: process.env.CONNECTION_STRING });

  const client = await pool.connect();

  if (client) {
    console.log("Created pool connection");
  }

  const res = await client.query("Select now()");
  console.log(res.rows[0]);

  return client;
}
