// Source: open-telemetry/opentelemetry-js-contrib — packages/instrumentation-pg/test/pg-pool.test.ts ("should handle connection string in pool options"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: an attribute assertion runs between connect() and the release; when it fails, the client is never released and `end()` waits for it
import * as assert from "assert";
import pgPool from "pg-pool";
import { it } from "mocha";

const spanAttributes = (): Record<string, unknown> => ({});

it("handles a connection string in pool options", async () => {
  const poolWithConnString = new pgPool({ connectionString: process.env.PG_URL, idleTimeoutMillis: 10 });
  const client = await poolWithConnString.connect();
  assert.deepStrictEqual(spanAttributes(), { "db.namespace": "postgres" });
  client.release();
  await poolWithConnString.end();
});
