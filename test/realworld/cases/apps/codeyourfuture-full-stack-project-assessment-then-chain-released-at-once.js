// Source: CodeYourFuture/Full-Stack-Project-Assessment — server/server.js at refs/pull/3/head (626770a, 2021), DELETE /:id, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the delete route starts `client.query(…).then(…).catch(…)` without awaiting it and releases on the next line, so the DELETE still runs on a client the pool may already have handed to another request (GET /:id and PUT /:id repeat the shape)
require("dotenv").config();
const express = require("express");
const { Pool } = require("pg");
const app = express();

const pool = new Pool({ user: process.env.DB_USER, host: process.env.DB_URL, database: process.env.DB_NAME });

app.delete("/:id", async function (req, res) {
  const id = req.params.id;

  const client = await pool.connect();
  client
    .query("DELETE FROM videos WHERE id=$1", [id])
    .then(() => res.json({}))
    .catch((e) => res.json({ result: "failure", message: "Video could not be deleted" }));
  client.release();
});

app.listen(process.env.port || 5000);
