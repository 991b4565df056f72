// Source: gsinghlak12/worldbank — server/routers/results.js at 1c793c1 (module-level warm-up), reduced by hand, not copied
// Label: leak
// Why: an async IIFE checks out a client into an undeclared `res` and returns it; the IIFE's promise is dropped and nothing ever releases the client
var express = require("express");
const { Pool } = require("pg");

var router = express.Router();

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

(async function () {
  res = await pool.connect();
  return res;
})();

module.exports = router;
