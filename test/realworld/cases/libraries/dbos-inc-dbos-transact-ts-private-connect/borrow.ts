// The checkout helper of src/system_database.ts (borrowClient), kept in a second module here so that the entry has one connect() call.
import type { Pool, PoolClient } from "pg";

export async function borrowClient(pool: Pool, onError: (err: Error) => void): Promise<PoolClient> {
  const client = await pool.connect();
  client.on("error", onError);
  return client;
}
