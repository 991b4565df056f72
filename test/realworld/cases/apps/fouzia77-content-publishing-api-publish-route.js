// Source: Fouzia77/Content-Publishing-API- — src/routes/posts.js (POST /:id/publish), reduced by hand, not copied
// Label: safe
// Why: the checkout is taken inside the handler's try and released by the inner finally, including on the two early `return res.status(…)` answers
const express = require("express");
const pool = require("../db/pool");
const { requireAuth, ownsPost } = require("../middleware/auth");
const { dropListCache } = require("../lib/redis");

const router = express.Router();

router.post("/:id/publish", requireAuth, ownsPost, async (req, res) => {
  try {
    const id = req.params.id;
    const client = await pool.connect();
    try {
      const { rows } = await client.query("SELECT id, status FROM posts WHERE id = $1", [id]);
      if (rows.length === 0) return res.status(404).json({ error: "not found" });
      if (rows[0].status !== "draft") {
        return res.status(400).json({ error: "only drafts can be published" });
      }
      await client.query("UPDATE posts SET status = 'published', published_at = now() WHERE id = $1", [id]);
      const { rows: after } = await client.query("SELECT * FROM posts WHERE id = $1", [id]);
      await dropListCache();
      res.json(after[0]);
    } finally {
      client.release();
    }
  } catch (err) {
    console.error("publish error", err);
    res.status(500).json({ error: "internal error" });
  }
});

module.exports = router;
