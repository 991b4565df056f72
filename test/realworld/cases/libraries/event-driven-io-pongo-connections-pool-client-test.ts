// Source: event-driven-io/Pongo — src/packages/pongo/src/e2e/postgresql/pg/postgres.connections.int.spec.ts ("connects using connected pool client"), reduced by hand, not copied
// Label: safe
// Why: the test's work runs in a try whose finally releases the client and then ends the pool
import pg from "pg";
import { it } from "node:test";

const insertDocument = async (db: pg.PoolClient) => {
  await db.query("INSERT INTO docs (body) VALUES ($1)", [{ name: "x" }]);
};

it("connects using a pool client", async () => {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  const poolClient = await pool.connect();

  try {
    await insertDocument(poolClient);
  } finally {
    poolClient.release();
    await pool.end();
  }
});
