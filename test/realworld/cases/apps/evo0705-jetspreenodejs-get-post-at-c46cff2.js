// Source: evo0705/JetSpreeNodeJS — src/routes/requests.js at c46cff2 (GET /post, "duplicate client release in get request"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the double release is gone, but a failed query reaches a catch whose first statement throws (`if (error) throw errro;`, a ReferenceError from the typo, a plain rethrow without it) before `client.release()`, so every failed query keeps its client
import express from "express";

const router = express.Router();

router.get("/post", function (req, res) {
  req.pool.connect().then((client) => {
    client
      .query("SELECT * FROM public.items")
      .then((result) => {
        const jsondata = result.rows.map((d) => ({
          id: d.id,
          name: d.name,
          description: d.description,
        }));
        res.send(jsondata);
        client.release();
      })
      .catch((error) => {
        if (error) throw errro;
        res.send(error);
        client.release();
      });
  });
});

export default router;
