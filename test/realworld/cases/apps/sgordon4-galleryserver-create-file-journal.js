// Source: Sgordon4/GalleryServer — routes/files.js (PUT /, with putJournal), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the async `putJournal(client, …)` is started without await and the handler returns, so the finally gives the client back while the journal insert still runs on it
var express = require("express");
var router = express.Router();
const { POOL } = require("../database/postgresPool.js");

router.put("/", async function (req, res, next) {
  const sql = `INSERT INTO file (fileuid, accountuid) VALUES ('${req.body.fileuid}', '${req.body.accountuid}') ON CONFLICT DO NOTHING RETURNING *;`;

  (async () => {
    const client = await POOL.connect();
    try {
      var ret = await client.query(sql);
      if (ret.rows.length == 0) return res.status(409).send("File already exists!");
      const props = ret.rows[0];
      putJournal(client, props.fileuid, props.accountuid, JSON.stringify({ checksum: props.checksum }));
      return res.status(201).send(props);
    } catch (err) {
      console.log(err);
      return res.status(500).send(err);
    } finally {
      client.release();
    }
  })();
});

async function putJournal(client, fileUID, accountUID, changes) {
  const sql = `INSERT INTO journal (fileuid, accountuid, changes) VALUES ('${fileUID}', '${accountUID}', '${changes}');`;
  await client.query(sql);
}

module.exports = router;
