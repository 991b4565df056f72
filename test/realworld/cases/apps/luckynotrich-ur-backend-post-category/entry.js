// Source: Luckynotrich/ur-backend — routes/api/category-api.js (POST /, the category insert), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the INSERT's callback never looks at `err`: on a failed INSERT `result` is undefined, `result.rows` throws, and the release at the end of the callback never runs
const express = require("express");
const db = require("./fs_pool.js");

const router = express.Router();
const pool = db.getPool();
let categories = [];

router.post("/", async (req, res) => {
  const { name, userId } = req.body;
  const category = { name, id: null, pros: [], cons: [] };
  if (name && userId) {
    pool.connect((err, client, release) => {
      if (err) {
        return console.error("Error acquiring client", err.stack);
      }
      client.query("INSERT INTO category(userid, cat_name) values($1, $2) returning id;", [userId, name], async (err, result) => {
        category.id = await result.rows[0].id;
        await res.status(200).json(category);
        await categories.push(category);
        await release();
      });
    });
  }
});

module.exports = router;
