// Source: evo0705/JetSpreeNodeJS — src/routes/countries.js at ce8d297 (GET /countries/pg, "switch to pg-pool": a new pg.Client per request replaced by the request's pool), reduced by hand, not copied
// Label: safe
// Why: the checkout's `.then` runs one query whose fulfilment handler releases before responding and whose rejection handler releases before rethrowing
import express from "express";
const router = express.Router();

router.get("/pg", function (req, res) {
  req.pool.connect().then(client => {
    client.query("SELECT * FROM public.countries", [])
      .then(result => {
        client.release();
        res.json(result.rows);
      })
      .catch(e => {
        client.release();
        throw e;
      });
  });
});

export default router;
