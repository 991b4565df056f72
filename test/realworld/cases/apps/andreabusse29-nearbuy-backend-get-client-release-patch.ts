// Source: AndreaBusse29/NearBuy-backend — src/database/pool.ts at d010717 (getClient), reduced by hand, not copied
// Label: hand-over
// Why: node-postgres's "project structure" getClient: it checks out, arms a 5-second "checked out too long" timer and wraps `client.release` so the timer is cleared and the original methods restored, then returns the client; the caller releases it
import { Pool } from "pg";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

pool.on("error", (err) => {
  console.error("Unexpected error on idle client", err);
  process.exit(-1);
});

export const getClient = async () => {
  const client = await pool.connect();
  const originalQuery = client.query;
  const originalRelease = client.release;

  const timeout = setTimeout(() => {
    console.error("A client has been checked out for more than 5 seconds!");
  }, 5000);

  client.query = ((...args: any[]) => {
    return (originalQuery as any).apply(client, args);
  }) as typeof client.query;

  client.release = () => {
    clearTimeout(timeout);
    client.query = originalQuery;
    client.release = originalRelease;
    return originalRelease.apply(client);
  };

  return client;
};
