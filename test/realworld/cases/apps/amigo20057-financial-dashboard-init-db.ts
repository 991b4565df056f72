// Source: Amigo20057/financial_dashboard — server/src/db/pool.ts at b6d82a5 (initDB), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: initDB awaits `pool.connect()` only to log "CONNECTED TO DATABASE" and never keeps or releases the client; the exported pool serves the app one connection short from start-up on
import { Pool } from "pg";
import "dotenv/config";

export const pool = new Pool({
  host: process.env.DATABASE_HOST,
  user: process.env.DATABASE_USER,
  password: process.env.DATABASE_PASSWORD,
  database: process.env.DATABASE_NAME,
  port: Number(process.env.DATABASE_PORT),
});

export async function initDB() {
  try {
    await pool.connect();
    console.log("CONNECTED TO DATABASE");
  } catch (error) {
    console.log("FAILED CONNECT TO DATABASE: ", error);
    process.exit(1);
  }
}
