// Source: CodeYourFuture/Full-Stack-Project-Assessment — server/server.js at refs/pull/3/head (626770a, 2021), POST /, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the same submission's insert route awaits an INSERT and a SELECT and releases after answering, with no try/finally: a failed INSERT (a duplicate, a NULL title) rejects the handler and the client stays checked out
require("dotenv").config();
const express = require("express");
const { Pool } = require("pg");
const app = express();
app.use(express.json());

const pool = new Pool({ user: process.env.DB_USER, host: process.env.DB_URL, database: process.env.DB_NAME });

app.post("/", async function (req, res) {
  const newTitle = req.body.title;
  const newURL = req.body.url;
  if (newTitle && newURL) {
    const client = await pool.connect();
    await client.query("INSERT INTO videos (title, link) VALUES ($1, $2)", [newTitle, newURL]);
    const createdVideo = await client.query("SELECT id FROM videos WHERE title = $1 AND link = $2", [newTitle, newURL]);
    if (createdVideo.rows.length > 0) {
      res.json({ id: createdVideo.rows[0].id });
    } else {
      res.status(400).json({ result: "failure", message: "Video could not be saved" });
    }
    client.release();
  } else {
    res.status(400).send("missing required fields");
  }
});

app.listen(process.env.port || 5000);
