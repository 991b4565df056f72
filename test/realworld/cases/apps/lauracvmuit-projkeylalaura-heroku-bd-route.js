// Source: lauracvmuit/projKeylaLaura — routes/bd.js (the `/db` route of Heroku's "Getting Started with Node.js" Postgres step, copied into an Express router), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `client.release()` comes after the query and the render inside the try; when the query rejects (a missing table, a dropped connection) the catch only sends the error and the client stays checked out
const { Pool } = require("pg");
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: {
    rejectUnauthorized: false,
  },
});

var express = require("express");
var router = express.Router();

router.get("/bd", async (req, res) => {
  try {
    const client = await pool.connect();
    const result = await client.query("SELECT * FROM test_table");
    const results = { results: result ? result.rows : null };
    res.render("db", results);
    client.release();
  } catch (err) {
    console.error(err);
    res.send("Error " + err);
  }
});

module.exports = router;
