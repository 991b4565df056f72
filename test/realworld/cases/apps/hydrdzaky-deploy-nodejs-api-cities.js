// Source: hydrdzaky/deploy-nodejs-api — app.js (GET /api/cities), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the route checks out a client for every request and never releases it (the project's load test exhausts the pool with "timeout exceeded when trying to connect")
const express = require("express");
const { Pool } = require("pg");

const pool = new Pool({ host: process.env.DB_HOST, database: process.env.DB_NAME });
const app = express();

app.get("/api/cities", async (req, res) => {
  try {
    const client = await pool.connect();
    const result = await client.query("SELECT * FROM cities");
    res.status(200).json(result.rows);
  } catch (err) {
    console.error("Error fetching data from /api/cities:", err);
    res.status(500).json({ message: "Error fetching cities data", error: err.message });
  }
});

app.listen(process.env.PORT || 3000);
