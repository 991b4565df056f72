// Source: DataDog/dd-trace-js — packages/datadog-plugin-pg/test/index.spec.js ("should run the query with the active span as parent" style tests), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release follows an awaited query with no finally; when the query rejects, the client stays out of the pool
"use strict";

const pg = require("pg");
const { it } = require("mocha");

const tracer = { scope: () => ({ activate: (span, fn) => fn() }), startSpan: () => ({ finish() {} }) };

it("uses the active span as parent of the pool query", async () => {
  const pool = new pg.Pool({ user: "postgres", database: "postgres" });
  const parent = tracer.startSpan("parent");

  await tracer.scope().activate(parent, async () => {
    const client = await pool.connect();
    await client.query("SELECT 3 AS three");
    client.release();
    parent.finish();
  });
  await pool.end();
});
