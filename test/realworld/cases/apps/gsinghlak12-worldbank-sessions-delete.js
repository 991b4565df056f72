// Source: gsinghlak12/worldbank — server/routers/sessions.js at 846e148 (GET /delete), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the DELETE is not awaited and `client.release()` follows at once: the client goes back to the pool with its query still running
var express = require("express");
const { Pool } = require("pg");

var router = express.Router();

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

router.get("/delete", async function () {
  const client = await pool.connect();
  client.query("DELETE FROM sessions WHERE created_at = (SELECT MAX(created_at) FROM sessions)");
  client.release();
});

module.exports = router;
