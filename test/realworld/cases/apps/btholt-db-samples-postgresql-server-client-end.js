// Source: btholt/db-samples — postgresql/server.js at 607711e (the /get route), reduced by hand, not copied; the Frontend Masters course "Complete Intro to Databases" (btholt/complete-intro-to-databases, lessons/nodejs-app-with-postgresql.md) teaches it
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the course's sample route checks a client out and finishes with `await client.end()` instead of `release()` (the pool keeps counting it as checked out), and a failed query in the Promise.all skips even the end; find_string shows 10+ stored copies of its query (students' notes and servers), one with no release at all, one with `client.release()` moved into a try whose catch only logs
const express = require("express");
const { Pool } = require("pg");
const pool = new Pool({
  connectionString: "postgresql://postgres:mysecretpassword@localhost:5432/message_boards",
});

async function init() {
  const app = express();

  app.get("/get", async (req, res) => {
    const client = await pool.connect();
    const [commentsRes, boardRes] = await Promise.all([
      client.query("SELECT * FROM comments NATURAL LEFT JOIN rich_content WHERE board_id = $1", [req.query.search]),
      client.query("SELECT * FROM boards WHERE board_id = $1", [req.query.search]),
    ]);

    res.json({ status: "ok", board: boardRes.rows[0] || {}, posts: commentsRes.rows }).end();
    await client.end();
  });

  app.use(express.static("./static"));
  app.listen(process.env.PORT || 3000);
}
init();
