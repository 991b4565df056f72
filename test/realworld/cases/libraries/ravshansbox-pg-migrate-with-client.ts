// Source: ravshansbox/pg-migrate — src/resolveClient.ts (withClient), reduced by hand, not copied
// Label: safe
// Why: the file's own `withClient` uses the caller's `pg.Client` or connects a new one and ends it in a finally; no pool is involved
import pg from "pg";

declare const DATABASE_URL: string | undefined;

export async function withClient<T>(client: pg.Client | undefined, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  if (client) {
    return fn(client);
  }
  if (!DATABASE_URL) {
    throw new Error("DATABASE_URL environment variable is required");
  }
  const newClient = new pg.Client({ connectionString: DATABASE_URL });
  await newClient.connect();
  try {
    return await fn(newClient);
  } finally {
    await newClient.end();
  }
}
