// Source: dbos-inc/dbos-transact-ts — packages/kysely-datasource/tests/config.test.ts (initializeDBOSSchema test), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a failed expectation or a rejected uninitialize call between connect() and the release skips `client.release()`; the finally only ends the pool, which then waits for the checkout
import { Pool, type PoolConfig, type PoolClient } from "pg";
import { expect, test } from "vitest";

declare const config: PoolConfig;
declare function completionTableExists(client: PoolClient): Promise<boolean>;
declare function uninitializeSchema(config: PoolConfig): Promise<void>;

test("initializeDBOSSchema", async () => {
  const db = new Pool(config);
  try {
    const client = await db.connect();
    await expect(completionTableExists(client)).resolves.toBe(true);
    await uninitializeSchema(config);
    await expect(completionTableExists(client)).resolves.toBe(false);
    client.release();
  } finally {
    await db.end();
  }
});
