// Source: graphile/worker — perfTest/recreateDb.js (main), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `escapeIdentifier(settings.database)` runs after connect() and before the try; it throws when the URL names no database, and the client is never released
const { Pool } = require("pg");
const { parse } = require("pg-connection-string");

const settings = parse(process.env.PERF_DATABASE_URL);
const adminPool = new Pool({ ...settings, database: "template1" });

async function recreate() {
  const adminClient = await adminPool.connect();
  const quoted = adminClient.escapeIdentifier(settings.database);
  try {
    await adminClient.query(`drop database if exists ${quoted}`);
    await adminClient.query(`create database ${quoted}`);
  } finally {
    adminClient.release();
  }
}

recreate()
  .then(() => adminPool.end())
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
