// Source: open-telemetry/opentelemetry-js-contrib — packages/instrumentation-pg/test/pg-pool.test.ts ("should generate db.client.connection.count ... metrics"), reduced by hand, not copied
// Label: safe
// Why: the guards throw only when no client exists; the query callback releases before anything else, the metric assertions come after
import * as assert from "assert";
import pgPool from "pg-pool";
import { it } from "mocha";

const pool = new pgPool({ database: "postgres", max: 2 });
const collect = async () => ({ errors: [] as unknown[], names: ["db.client.connection.count"] });

it("generates connection metrics", (done) => {
  pool.connect((err, client, release) => {
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

    client.query("SELECT NOW()", async (err, ret) => {
      release();
      if (err) {
        throw new Error(err.message);
      }
      assert.ok(ret);
      const { errors, names } = await collect();
      assert.deepEqual(errors, []);
      assert.strictEqual(names[0], "db.client.connection.count");
      done();
    });
  });
});
