// Source: ArazFlutter/salex — src/db/pool.ts at 85ecb7d4 (verifyDatabaseConnection), reduced by hand, not copied
// Label: safe
// Why: a Telegraf shop bot's start-up check turns a failed checkout into a readable error with `.catch` on `connect()` (nothing checked out then), and runs `SELECT 1` in a try whose catch rethrows a formatted error and whose finally releases
import { Pool } from "pg";
import { DATABASE_URL } from "./env";

const globalForDb = globalThis as typeof globalThis & { __salexPgPool?: Pool };

function formatConnectionFailure(context: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : "Unknown PostgreSQL connection error";
  return new Error(`${context} failed: could not connect to PostgreSQL. Original error: ${message}.`);
}

export const db = globalForDb.__salexPgPool ?? new Pool({ connectionString: DATABASE_URL, connectionTimeoutMillis: 5000 });

if (!globalForDb.__salexPgPool) {
  globalForDb.__salexPgPool = db;
}

export async function verifyDatabaseConnection(context: string): Promise<void> {
  const client = await db.connect().catch((error: unknown) => {
    throw formatConnectionFailure(context, error);
  });

  try {
    await client.query("SELECT 1");
  } catch (error) {
    throw formatConnectionFailure(context, error);
  } finally {
    client.release();
  }
}
