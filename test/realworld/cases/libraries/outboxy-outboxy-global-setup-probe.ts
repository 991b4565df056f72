// Source: Outboxy/outboxy — packages/testing-utils/src/globalSetup.ts (the readiness probe given to waitForServiceReady), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: when `SELECT 1` rejects the release is skipped; the finally's `testPool.end()` then waits for that checkout forever instead of retrying
import { waitForServiceReady } from "./wait-for-service";

export async function setup(pgHost: string, pgPort: number) {
  const { Pool } = await import("pg");
  await waitForServiceReady(
    async () => {
      const testPool = new Pool({ host: pgHost, port: pgPort, max: 1, connectionTimeoutMillis: 1000 });
      try {
        const client = await testPool.connect();
        await client.query("SELECT 1");
        client.release();
      } finally {
        await testPool.end();
      }
    },
    { timeout: 30000, interval: 100, label: "PostgreSQL" },
  );
}
