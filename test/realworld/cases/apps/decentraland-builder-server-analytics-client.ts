// Source: decentraland/builder-server — src/database/analytics.ts (getAnalyticsClient), reduced by hand, not copied
// Label: safe
// Why: the callback runs in a try whose finally releases; the catch only logs and rethrows
import { Pool, PoolClient } from "pg";

export const analyticsPool = new Pool({
  connectionString: process.env.ANALYTICS_CONNECTION_STRING,
  query_timeout: 30000,
});

analyticsPool.on("error", (error) => console.error(error));

export async function getAnalyticsClient<T>(cb: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await analyticsPool.connect();

  try {
    return await cb(client);
  } catch (e) {
    console.error(e);
    throw e;
  } finally {
    client.release();
  }
}
