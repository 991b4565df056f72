// Source: AndriianChestnykh/high-load-prediction-market-learning-lab — scripts/truncate.ts, reduced by hand, not copied
// Label: safe
// Why: a module-level checkout (top-level await) followed directly by a try whose finally releases and ends the pool
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env["DIRECT_DATABASE_URL"] ?? process.env["DATABASE_URL"] });

const client = await pool.connect();
try {
  await client.query("TRUNCATE TABLE outbox, positions, trades, markets, users RESTART IDENTITY CASCADE");
  console.log("All tables truncated and sequences reset.");
} finally {
  client.release();
  await pool.end();
}
