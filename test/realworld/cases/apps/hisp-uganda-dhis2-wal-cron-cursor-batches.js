// Source: HISP-Uganda/dhis2-wal — schdule.js at a033eda (the node-cron job), reduced by hand, not copied
// Label: safe
// Why: every minute the cron job checks a client out, drains a pg-cursor of recent events in batches into the warehouse inside a try whose catch logs and whose finally releases, whatever the reads and inserts do
const { Pool } = require("pg");
const Cursor = require("pg-cursor");
const cron = require("node-cron");
const { processAndInsert2, batchSize, intervalQuery2 } = require("./common");

const pool = new Pool({
  user: process.env.PG_USER_LIVE,
  password: process.env.PG_PASSWORD_LIVE,
  host: process.env.PG_HOST_LIVE,
  database: process.env.PG_DATABASE_LIVE,
});

cron.schedule("*/1 * * * *", async () => {
  const client = await pool.connect();
  try {
    const cursor = client.query(new Cursor(intervalQuery2(2)));
    let rows = await cursor.read(batchSize);
    if (rows.length > 0) {
      await processAndInsert2("epivac", rows);
    }
    while (rows.length > 0) {
      rows = await cursor.read(batchSize);
      if (rows.length > 0) {
        await processAndInsert2("epivac", rows);
      }
    }
  } catch (error) {
    console.log(error.message);
  } finally {
    client.release();
  }
  console.log("Done");
});
