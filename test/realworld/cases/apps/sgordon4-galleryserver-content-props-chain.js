// Source: Sgordon4/GalleryServer — routes/contentProps.js (GET /:name), reduced by hand, not copied
// Label: safe
// Why: only a log line (of the SQL with tabs and newlines stripped by `replaceAll`) runs before the query, whose promise chain answers and releases in `.finally`
var express = require("express");
var router = express.Router();
const { POOL } = require("../database/postgresPool.js");

router.get("/:name", async function (req, res, next) {
  const name = req.params.name;
  var sql = `SELECT name, size, createtime FROM content
	WHERE name = '${name}';`;

  (async () => {
    const client = await POOL.connect();

    console.log(sql.replaceAll("\t", "").replaceAll("\n", " "));

    client
      .query(sql)
      .then(({ rows }) => {
        if (rows.length != 0) res.send(rows[0]);
        else res.sendStatus(404);
      })
      .catch((err) => {
        console.error(err);
        res.status(400).send(`${err.code} - ${err.message}`);
      })
      .finally(() => {
        client.release();
      });
  })();
});

module.exports = router;
