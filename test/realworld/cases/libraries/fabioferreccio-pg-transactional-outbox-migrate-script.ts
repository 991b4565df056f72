// Source: fabioferreccio/pg-transactional-outbox — scripts/migrate.ts (main), reduced by hand, not copied
// Label: safe
// Why: the executor is built and the migrations run inside the inner try; ROLLBACK in its catch, release in its finally; the outer try only reports and ends the pool
import pg from "pg";

class SqlExecutor {
  constructor(private readonly client: pg.PoolClient) {}

  run(sql: string) {
    return this.client.query(sql);
  }
}

const runMigrations = async (executor: SqlExecutor) => {
  await executor.run("CREATE TABLE IF NOT EXISTS outbox (id bigserial PRIMARY KEY)");
};

async function main() {
  console.log("Connecting to database...");
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  try {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const executor = new SqlExecutor(client);
      await runMigrations(executor);
      await client.query("COMMIT");
      console.log("Migration complete");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  } catch (err) {
    console.error("Migration failed:", err);
    process.exit(1);
  } finally {
    await pool.end();
  }
}

main();
