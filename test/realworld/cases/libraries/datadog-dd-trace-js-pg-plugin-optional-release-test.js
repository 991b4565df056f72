// Source: DataDog/dd-trace-js — packages/datadog-plugin-pg/test/index.spec.js ("resolves the service from a pool callback"), reduced by hand, not copied
// Label: safe
// Why: the checkout is assigned inside the try, and the finally releases it with optional chaining (nothing to release when connect() failed)
"use strict";

const pg = require("pg");
const { it } = require("mocha");

it("resolves the service name for pool clients", async () => {
  const connectionStringPool = new pg.Pool({ connectionString: "postgres://postgres:postgres@127.0.0.1:5432/postgres" });
  let poolClient;
  try {
    poolClient = await connectionStringPool.connect();
    await poolClient.query("SELECT 16 AS service_probe");
  } finally {
    poolClient?.release();
  }
  await connectionStringPool.end();
});
