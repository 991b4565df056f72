// Source: mmkal/pgkit — packages/client/test/client.test.ts ("pool"), reduced by hand, not copied
// Label: safe
// Why: pgkit's `client.connect(fn)` runs `fn` in a pg-promise task that owns the connection; nothing is checked out by hand here
import { createClient, sql } from "@pgkit/client";
import { expect, test } from "vitest";

const client = createClient(process.env.PG_URL!);

test("pool", async () => {
  const result1 = await client.one(sql`SELECT 1 as foo`);
  const result2 = await client.connect(async (connection) => {
    return connection.one(sql`SELECT 1 as foo`);
  });
  expect(result2).toEqual(result1);
});
