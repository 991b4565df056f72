// Source: sdc-windsor/video-descriptions-sadie — database/seed-description.js (seeding IIFE), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the `finally` block's `client.release()` is commented out: the client is never given back, on any path
const pool = require("./db.js");
const { copyAllBatches } = require("./helpers");

(async () => {
  const client = await pool.connect();
  try {
    await copyAllBatches(client, "descriptions", 10);
  } finally {
    // client.release()
  }
})().catch((error) => console.log(error));
