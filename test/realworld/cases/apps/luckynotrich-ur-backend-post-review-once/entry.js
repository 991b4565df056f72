// Source: Luckynotrich/ur-backend — routes/api/review-api.js (POST /, the review insert), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a checkout is made for every form field once the preferences are known, but only the first (`if (!sent)`) inserts and releases; every later connect callback ends holding its client
const express = require("express");
const db = require("./fs_pool.js");
const pool = db.getPool();
const router = express.Router();

router.post("/", async (req, res) => {
  let sent = false;
  const newReview = { catId: 0, revName: "", revPrefs: [] };

  Object.keys(req.body).forEach(async (field) => {
    if (field === "propArray") newReview.revPrefs = req.body[field].map(Number);
    if (newReview.revPrefs.length > 0) {
      pool.connect(async (err, client, release) => {
        if (err) {
          return console.error("Error acquiring client", err.stack);
        }
        if (!sent) {
          sent = true;
          client.query("INSERT INTO review (cat_id, rev_name) VALUES ($1, $2) RETURNING id", [newReview.catId, newReview.revName], async (err, result) => {
            if (!err) newReview.id = result.rows[0].id;
            release();
            if (err) {
              return console.error("Error executing review query", err.msg);
            }
            res.status(200).json(newReview);
          });
        }
      });
    }
  });
});

module.exports = router;
