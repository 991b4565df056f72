// Source: Nourhenebenothmen22/ecommerce-log-backend — src/infrastructure/database/pg.ts at 70832a9 (testConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the module that builds the monitored pool probes it at start-up with a checkout released only after `SELECT NOW()`; a query that rejects goes to the catch, which logs and throws a DbError with the client still checked out
import pg from "pg";
import { monitorPool } from "./database-monitor.js";

const pool = new pg.Pool({ host: process.env.PGHOST, max: 10 });

monitorPool(pool);

export async function testConnection(): Promise<void> {
  try {
    const client = await pool.connect();
    await client.query("SELECT NOW()");
    client.release();
    console.info("Database connectivity check successful");
  } catch (error) {
    console.error("Database connectivity check FAILED", error);
    throw new Error("Cannot connect to PostgreSQL", { cause: error as Error });
  }
}

export { pool };
