// Source: open-telemetry/opentelemetry-js-contrib — packages/instrumentation-pg/test/pg-pool.test.ts ("should return a promise if callback is not provided"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: span assertions run between connect() and the try whose finally releases; a failing assertion leaves the client checked out of the shared pool for the next tests
import * as assert from "assert";
import pgPool from "pg-pool";
import { it } from "mocha";

const pool = new pgPool({ database: "postgres", max: 2 });

const expectSpans = (count: number) => {
  assert.strictEqual(finishedSpans().length, count);
};
const finishedSpans = (): unknown[] => [];

it("returns a promise if no callback is given", async () => {
  const client = await pool.connect();
  expectSpans(2);
  const [connectSpan, poolSpan] = finishedSpans() as { parent?: unknown }[];
  assert.strictEqual(connectSpan.parent, poolSpan);
  assert.ok(client, "pool.connect() returns a promise");
  try {
    await client.query("SELECT NOW()");
    expectSpans(3);
  } finally {
    client.release();
  }
});
