// Source: CodeYourFuture/Full-Stack-Project-Assessment — server/functions/api.js at refs/pull/503/head (2a09144, 2024; PR #506 copies it), GET /items, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a trainee's Netlify function checks out inside a try and releases after the awaited query, still inside the try; the catch answers 500 without releasing, so a failed query keeps the client checked out (POST /items repeats the shape)
const express = require("express");
const app = express();
const { Pool } = require("pg");

app.use(express.json());

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: false },
});

app.get("/items", async (req, res) => {
  try {
    const client = await pool.connect();
    const result = await client.query("SELECT * FROM items");
    const items = result.rows;
    client.release();
    res.json(items);
  } catch (err) {
    console.error(err);
    res.status(500).json({ error: "Error fetching items" });
  }
});

exports.handler = app;
