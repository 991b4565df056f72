// Source: storevision/webstore-backend-js — src/database/db.ts at 0625a75 (setupClient, "Push current status"; unchanged since), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up check releases its client only after `SELECT NOW()` and a log line, outside any finally: when the query fails the catch logs and rethrows with the client still checked out
import { Pool } from "pg";

let _pool: Pool | null = null;

export interface SetupClientArgs {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

export async function setupClient(clientArgs: SetupClientArgs): Promise<void> {
  _pool = new Pool(clientArgs);

  try {
    const client = await _pool.connect();
    const response = await client.query("SELECT NOW()");
    console.log("Database connection established:", response.rows[0].now);
    client.release();
  } catch (error) {
    console.error("Failed to connect to database:", error);
    throw error;
  }
}

export function getPool(): Pool | null {
  return _pool;
}
