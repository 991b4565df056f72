// Source: Luckynotrich/ur-backend — routes/api/category-api.js (DELETE /:id), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: release() sits only in the `if (id)` branch, so an id of 0 answers 400 and keeps the client; in the other branch the DELETE is not awaited and the client goes back while it runs
const express = require("express");
const db = require("./fs_pool.js");

const router = express.Router();
const pool = db.getPool();
let categories = [];

router.delete("/:id", (req, res) => {
  const found = categories.some((cat) => cat.id === parseInt(req.params.id));
  if (found) {
    const id = parseInt(req.params.id);
    pool.connect((err, client, release) => {
      if (err) {
        return console.error("Error acquiring client", err.stack);
      }
      if (id) {
        client.query("DELETE FROM category WHERE category.id = $1", [id]);
        res.json({ msg: "Category deleted", categories: categories.filter((c) => c.id !== id) });
        release();
      } else {
        res.status(400).json({ msg: `No Category with the id of ${req.params.id} was found` });
      }
    });
  }
});

module.exports = router;
