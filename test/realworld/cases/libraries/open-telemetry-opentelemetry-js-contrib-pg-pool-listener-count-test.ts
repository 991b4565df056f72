// Source: open-telemetry/opentelemetry-js-contrib — packages/instrumentation-pg/test/pg-pool.test.ts ("should not add duplicate event listeners to PgPool events"), reduced by hand, not copied
// Label: safe
// Why: the throws before `release()` fire only when there is no client or no release function to give back; `assert.ok(client)` cannot fail after the check, and the client is released before the listener-count assertions
import * as assert from "assert";
import pgPool from "pg-pool";
import { it } from "mocha";

it("does not add duplicate pool listeners", (done) => {
  const poolAux = new pgPool({ database: "postgres", max: 1 });
  poolAux.connect((err, client, release) => {
    if (err) {
      throw new Error(err.message);
    }
    if (!release) {
      throw new Error("Did not receive release function");
    }
    if (!client) {
      throw new Error("No client received");
    }
    assert.ok(client);
    release();

    assert.equal(poolAux.listenerCount("connect"), 1);
    assert.equal(poolAux.listenerCount("acquire"), 1);
    poolAux.end();
    done();
  });
});
