// Source: evo0705/JetSpreeNodeJS — src/routes/trips.js at a88c214 "optimize get image api" (GET /trips), reduced by hand, not copied
// Label: safe
// Why: the fix releases first thing in the query's `.then`, before answering, and the `.catch` releases before logging and answering, so both outcomes of the query give the client back
import express from "express";

const router = express.Router();

router.get("/", function (req, res) {
  req.pool.connect().then((client) => {
    client
      .query("SELECT * FROM trips")
      .then((result) => {
        client.release();
        return res.json({ success: true, result: result.rows });
      })
      .catch((error) => {
        client.release();
        console.error(error);
        return res.json({ success: false, message: error });
      });
  });
});

module.exports = router;
