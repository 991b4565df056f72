// Source: pyramation/pg-utils — packages/jobs/worker.js (the `--once` runner), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `const client` inside the try shadows the outer `let client`, so the finally's `if (client)` reads the outer one, never assigned: the checkout is never released
const pg = require("pg");

const pgPool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

async function doNext(client) {
  await client.query("SELECT * FROM app_jobs.get_job($1)", ["worker-1"]);
}

(async function runOnce() {
  let exitStatus = 0;
  let client;
  try {
    const client = await pgPool.connect();
    await doNext(client);
  } catch (e) {
    console.error(e);
    exitStatus = 1;
  } finally {
    if (client) {
      await client.release();
    }
  }
  pgPool.end();
  process.exit(exitStatus);
})();
