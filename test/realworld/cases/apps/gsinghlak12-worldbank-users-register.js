// Source: gsinghlak12/worldbank — server/routers/users.js at 846e148 (POST /), reduced by hand, not copied
// Label: leak
// Why: the duplicate-username branch answers 400 and never releases; the other branch releases only after more awaits, none in a try
var express = require("express");
const bcrypt = require("bcrypt");
const { Pool } = require("pg");

var router = express.Router();

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

router.post("/", async function (req, res) {
  const client = await pool.connect();
  const { username, password } = await req.body;
  const salt = await bcrypt.genSalt(8);
  const hashed = await bcrypt.hash(password, salt);
  const duplicate = await client.query("SELECT username FROM users WHERE username = $1", [username]);
  if (duplicate.rows.length !== 0) {
    res.status(400).json({ message: "taken" });
  } else {
    res.status(200).json({ message: "ok" });
    await client.query("INSERT INTO users (username, password) VALUES ($1, $2)", [username, hashed]);
    client.release();
  }
});

module.exports = router;
