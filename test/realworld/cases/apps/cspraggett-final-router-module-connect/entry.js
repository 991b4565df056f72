// Source: cspraggett/Final — routes/index.js at 178216c (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the bootcamp final project's router calls `pool.connect()` on the pool required from ../db when the module loads and drops the client; the routes query through `pool.query`, so the checkout is held for the life of the server (a later commit swapped the pool for a single pg.Client)
const express = require("express");
const router = express.Router();
const pool = require("./db");

pool.connect();

router.get("/hello", (req, res) => {
  console.log("in get");
  pool.query("select * from person;").then((result) => {
    console.log(result.rows);
  });
});

router.get("/", (req, res) => {
  res.send("Holla");
});

module.exports = router;
