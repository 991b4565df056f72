// Source: kristofferremback/threa — packages/backend-common/src/db/index.ts at fe08a346 (warmPool), reduced by hand, not copied
// Label: safe
// Why: the start-up warm-up checks clients out one at a time into an array, validates them with `SELECT 1` together, and releases every client collected in the finally — a checkout or a SELECT that fails midway still gives back all taken so far
import { Pool, PoolClient } from "pg";

export async function warmPool(pool: Pool, count: number = 10): Promise<void> {
  const clients: PoolClient[] = [];

  try {
    for (let i = 0; i < count; i++) {
      const client = await pool.connect();
      clients.push(client);
    }

    await Promise.all(clients.map((client) => client.query("SELECT 1")));
  } finally {
    for (const client of clients) {
      client.release();
    }
  }
}
