// Source: GrupoUS/aegiswallet — scripts/test-rls-isolation.ts at 1cdbf5b (testRLSIsolation), reduced by hand, not copied
// Label: safe
// Why: a script checks out one client for its RLS checks, seeds rows through drizzle on the pool, switches `SET LOCAL app.current_user_id` on the client between checks, and releases it in a finally that then ends the pool
import { Pool } from "pg";
import { drizzle } from "drizzle-orm/node-postgres";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const db = drizzle(pool);

async function checkIsolation() {
  const client = await pool.connect();
  try {
    await db.execute("insert into users (id) values ('a'), ('b') on conflict do nothing");
    await client.query("BEGIN");
    await client.query("SET LOCAL app.current_user_id = 'a'");
    const seenByA = await client.query("select count(*) from transactions");
    await client.query("ROLLBACK");
    await client.query("BEGIN");
    await client.query("SET LOCAL app.current_user_id = 'b'");
    const seenByB = await client.query("select count(*) from transactions");
    await client.query("ROLLBACK");
    console.log(seenByA.rows[0], seenByB.rows[0]);
  } catch (error: unknown) {
    console.error("RLS check failed", error);
    try {
      await client.query("ROLLBACK");
    } catch {
      // no transaction open
    }
    process.exitCode = 1;
  } finally {
    client.release();
    await pool.end();
  }
}

checkIsolation().catch((error) => {
  console.error(error);
  process.exit(1);
});
