// Source: open-telemetry/opentelemetry-js-contrib — packages/instrumentation-pg/test/pg-pool.test.ts ("should not return a promise if callback is provided"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: inside the connect callback a span assertion runs before client.query, whose callback is the only place that calls `release()`; a failing assertion throws with the client checked out
import * as assert from "assert";
import pgPool from "pg-pool";
import { it } from "mocha";

const pool = new pgPool({ database: "postgres", max: 2 });

const expectSpans = (count: number) => {
  assert.strictEqual(finishedSpans().length, count);
};
const finishedSpans = (): unknown[] => [];

it("does not return a promise if a callback is given", (done) => {
  const resNoPromise = pool.connect((err, client, release) => {
    if (err) {
      return done(err);
    }
    if (!release) {
      throw new Error("Did not receive release function");
    }
    if (!client) {
      throw new Error("No client received");
    }
    assert.ok(client);
    expectSpans(1);
    client.query("SELECT NOW()", (err, ret) => {
      release();
      if (err) {
        return done(err);
      }
      assert.ok(ret);
      expectSpans(2);
      done();
    });
  });
  assert.strictEqual(resNoPromise, undefined, "No promise is returned");
});
