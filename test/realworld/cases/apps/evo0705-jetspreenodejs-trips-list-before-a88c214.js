// Source: evo0705/JetSpreeNodeJS — src/routes/trips.js before a88c214 "optimize get image api" (GET /trips), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: on success the `.then` returns `res.json(…)` first and `client.release()` is the unreachable statement after it, so every successful listing keeps its client; only the `.catch` releases
import express from "express";

const router = express.Router();

router.get("/", function (req, res) {
  req.pool.connect().then((client) => {
    client
      .query("SELECT * FROM trips")
      .then((result) => {
        return res.json({ success: true, result: result.rows });
        client.release();
      })
      .catch((error) => {
        client.release();
        if (error) throw error;
        return res.json({ success: false, message: error });
      });
  });
});

module.exports = router;
