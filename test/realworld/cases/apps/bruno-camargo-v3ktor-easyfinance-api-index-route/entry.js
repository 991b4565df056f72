// Source: Bruno-Camargo-V3ktor/EasyFinance-API — src/index.js at d41b738 (the GET / route), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a 2025 copy of the Full Stack Club course adds a first route that checks a client out per request, queries and answers, and never releases it: the pool is empty after `max` requests
import "dotenv/config.js";
import express from "express";
import { pool } from "./client.js";

const app = express();

app.get("/", async (req, res) => {
  const client = await pool.connect();

  const results = await client.query("SELECT * FROM users;");

  res.send(JSON.stringify(results.rows));
});

app.listen(3000, () => {
  console.log("Listening on port 3000");
});
