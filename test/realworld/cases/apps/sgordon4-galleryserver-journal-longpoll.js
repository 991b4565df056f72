// Source: Sgordon4/GalleryServer — routes/journal.js (GET /longpoll/:id), reduced by hand, not copied
// Label: safe
// Why: each poll of the loop checks out, queries in an inner try whose finally releases (also on the early return), then sleeps without the client
var express = require("express");
var router = express.Router();
const { POOL } = require("../database/postgresPool.js");

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

router.get("/longpoll/:id", async function (req, res, next) {
  const sql = `SELECT * FROM journal WHERE journalid > ${Number(req.params.id)};`;

  (async () => {
    var tries = 6;
    do {
      const client = await POOL.connect();
      try {
        try {
          const { rows } = await client.query(sql);
          if (rows.length != 0) {
            res.send(rows);
            return;
          }
        } finally {
          client.release();
        }
        tries--;
        if (tries > 0) await sleep(5000);
        if (req.closed) return;
      } catch (err) {
        console.error(err);
        return res.send(err);
      }
    } while (tries > 0);
    res.sendStatus(404);
  })();
});

module.exports = router;
