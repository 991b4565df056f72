// Source: DataDog/dd-trace-js — packages/datadog-plugin-pg/test/index.spec.js ("keeps the acquire wait when an async callback defers its query"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a blocking client is checked out and span/trace set-up calls run before the try whose finally releases it; a throw there leaves the one-client pool exhausted
"use strict";

const pg = require("pg");
const { it } = require("mocha");

const tracer = { startSpan: () => ({ finish() {} }) };
const agent = { assertSomeTraces: (check) => Promise.resolve().then(() => check([[]])) };

it("keeps the acquire wait of a deferred query", async () => {
  const pool = new pg.Pool({ max: 1 });
  const blocker = await pool.connect();
  const parent = tracer.startSpan("acquire-callback-parent");
  let blockerReleased = false;

  const tracePromise = agent.assertSomeTraces((traces) => traces[0]);

  try {
    const waiting = pool.query("SELECT 14 AS deferred_probe");
    blocker.release();
    blockerReleased = true;
    await waiting;
    await tracePromise;
  } finally {
    if (!blockerReleased) blocker.release();
    parent.finish();
  }
});
