// Source: manasdb/manasdb — tests/test-features-pg.js (runFeaturesTest), reduced by hand, not copied
// Label: safe
// Why: a test script: when the query fails the catch logs (chalk only colours the text) and calls `process.exit(1)`, so no path goes on with the client checked out
import chalk from "chalk";
import ManasDB from "../src/index.js";

async function runFeaturesTest() {
  let db;
  try {
    db = new ManasDB({ databases: [{ type: "postgres", uri: process.env.POSTGRES_URI }] });
    await db.init();
    const absorbed = await db.absorb("text with john@example.com", { profile: "speed" });

    const client = await db.databaseDrivers[0].pool.connect();
    const res = await client.query("SELECT text FROM _manas_chunks WHERE document_id = $1 LIMIT 1", [absorbed.inserted[0].contentId]);
    const chunk = res.rows[0];
    client.release();

    console.log(chunk.text.includes("[EMAIL]") ? chalk.green("  [PASS] redacted") : chalk.red("  [FAIL] not redacted"));
    process.exit(0);
  } catch (err) {
    console.error(chalk.red("[ERROR]"), err);
    process.exit(1);
  } finally {
    if (db) await db.close();
  }
}

runFeaturesTest();
