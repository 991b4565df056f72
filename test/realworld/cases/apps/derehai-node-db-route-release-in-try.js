// Source: derehai/node — node/index.js (GET /db), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: Heroku's getting-started route as written in this copy: the release comes after the query and the render inside the try, so a failed query (or render) goes to the catch with the client still checked out
const express = require("express");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: true });

express()
  .set("view engine", "ejs")
  .get("/db", async (req, res) => {
    try {
      const client = await pool.connect();
      const result = await client.query("SELECT * FROM job");
      const results = { results: result ? result.rows : null };
      res.render("pages/db", results);
      client.release();
    } catch (err) {
      console.error(err);
      res.send("Error " + err);
    }
  })
  .listen(process.env.PORT || 5000);
