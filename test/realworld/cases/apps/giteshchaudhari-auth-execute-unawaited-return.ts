// Source: giteshchaudhari/auth — src/database/database.ts (execute), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: `return connection.query(…)` without await inside try: the finally releases the connection while its query is still queued on it (and the catch never sees the query's rejection)
import { Pool } from "pg";
import { credentials } from "./config";

const pool = new Pool(credentials);

export async function execute(query: string, params?): Promise<any> {
  const connection = await pool.connect();
  try {
    return connection.query(query, params);
  } catch (e) {
    console.log(e);
  } finally {
    connection.release();
  }
}

export async function createTables(): Promise<void> {
  await execute("CREATE TABLE IF NOT EXISTS persons (id SERIAL PRIMARY KEY, username VARCHAR(255) NOT NULL UNIQUE)");
  await execute("CREATE TABLE IF NOT EXISTS sessions (id SERIAL PRIMARY KEY, userid int NOT NULL UNIQUE)");
}
