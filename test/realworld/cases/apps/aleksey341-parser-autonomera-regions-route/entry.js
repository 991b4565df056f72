// Source: Aleksey341/Parser_Autonomera — api-db-routes.js at 166129d (GET /db/regions), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the route checks out through the db module's `pool()` getter (`db.pool().connect ? await db.pool().connect() : null`) and releases only after the GROUP BY query resolved; a failed query goes to the catch, which answers 500 and keeps the client
const express = require("express");

let db;
if (process.env.DATABASE_URL || process.env.DB_HOST) {
  db = require("./db-pg");
} else {
  db = require("./db-sqlite");
}

const router = express.Router();

router.get("/db/regions", async (req, res) => {
  try {
    const client = db.pool().connect ? await db.pool().connect() : null;

    if (!client) {
      const listings = await db.getListings({ limit: 999999 });
      const byRegion = {};
      listings.forEach((listing) => {
        const region = listing.region || "Unknown";
        byRegion[region] = byRegion[region] || { region, count: 0 };
        byRegion[region].count++;
      });
      return res.json({ success: true, rows: Object.values(byRegion) });
    }

    const result = await client.query(`
      SELECT region, COUNT(*) AS count, ROUND(AVG(price))::integer AS avg_price
      FROM listings WHERE region IS NOT NULL GROUP BY region ORDER BY count DESC
    `);

    client.release();

    res.json({ success: true, rows: result.rows || [] });
  } catch (error) {
    console.error("regions failed:", error.message);
    res.status(500).json({ success: false, error: error.message });
  }
});

module.exports = router;
