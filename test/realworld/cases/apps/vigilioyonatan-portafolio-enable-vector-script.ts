// Source: VigilioYonatan/PORTAFOLIO — src/infrastructure/providers/database/enable-vector.ts at 980256e (run), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the script enabling pgvector for the portfolio's AI chat releases only after `CREATE EXTENSION` succeeds; when it fails (no superuser) the catch just logs, and the finally's `pool.end()` then waits on a client that was never given back
import { Pool } from "pg";
import "dotenv/config";

async function run() {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });

  try {
    console.log("Connecting to database...");
    const client = await pool.connect();

    console.log("Enabling 'vector' extension...");
    await client.query("CREATE EXTENSION IF NOT EXISTS vector;");

    console.log("Extension 'vector' enabled successfully.");
    client.release();
  } catch (error) {
    console.error("Error enabling vector extension:", error);
  } finally {
    await pool.end();
  }
}

run();
