// Source: sdc-windsor/video-descriptions-sadie — database/seed-users.js at 62de8b1 (the seeding IIFE, after "remove client.release from all seeding scripts"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release in the finally was commented out (uploadBatch returns before its COPY stream ends, so it had released mid-copy): now no path gives the client back
const pool = require("./db");
const path = require("path");
const helpers = require("./seeding-helpers");

(async () => {
  const client = await pool.connect();
  try {
    await helpers.uploadBatch(client, "users", path.join(__dirname, "batch_1_users.txt"));
  } finally {
    // client.release()
  }
})().catch((e) => console.log(e.stack));
