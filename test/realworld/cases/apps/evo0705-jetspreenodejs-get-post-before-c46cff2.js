// Source: evo0705/JetSpreeNodeJS — src/routes/requests.js at c46cff2^ (GET /post, before "duplicate client release in get request"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the query's then releases first thing and again after `res.send`, a double release on every successful request; a failed query reaches a catch that throws (`throw errro`, a typo) before its release (c46cff2 drops the first release)
import express from "express";

const router = express.Router();

router.get("/post", function (req, res) {
  req.pool.connect().then((client) => {
    client
      .query("SELECT * FROM public.items")
      .then((result) => {
        client.release();
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
