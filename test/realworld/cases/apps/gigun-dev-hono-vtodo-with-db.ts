// Source: gigun-dev/hono-vtodo — src/db/client.ts (withDb), reduced by hand, not copied
// Label: safe
// Why: a Hono app on Cloudflare Workers opens a `pg.Client` on the Hyperdrive connection string per call and ends it in the finally around the callback; a standalone Client, no pool checkout
import { Client } from "pg";

export async function withDb<T>(env: CloudflareBindings, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: env.HYPERDRIVE.connectionString });

  await client.connect();

  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
