// Source: cdaringe/postgraphile-upsert — src/__tests__/fixture/client.ts at fc15347 (createPool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the test fixture builds a Pool for the PostGraphile middleware under test and awaits `client.connect()` on it, a checkout of the pool that nothing keeps or releases (the tests only query through the pool and tear the database container down); c8611b3 "fix: test" drops the call
import { Pool } from "pg";
import { DbContextDbConfig } from "./db";

export async function createPool(config: DbContextDbConfig) {
  const client = new Pool({
    user: config.username,
    host: "localhost",
    ...config,
  });
  await client.connect();
  return client;
}
