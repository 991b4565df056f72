// Source: open-telemetry/opentelemetry-js-contrib — packages/instrumentation-pg/test/pg.test.ts ("should return a promise if callback is not provided", client connect), reduced by hand, not copied
// Label: safe
// Why: `connClient` is a standalone `pg.Client`: its connect() opens the connection the suite ends in `after`, no pool checkout is made
import * as assert from "assert";
import * as pg from "pg";
import { after, before, it } from "mocha";

let connClient: pg.Client;

before(() => {
  connClient = new pg.Client({ database: "postgres" });
});

after(async () => {
  await connClient.end();
});

it("returns a promise if no callback is given", (done) => {
  connClient
    .connect()
    .then(() => {
      assert.deepStrictEqual(finishedSpanNames()[0], "pg.connect");
      done();
    })
    .catch(done);
});

const finishedSpanNames = (): string[] => ["pg.connect"];
