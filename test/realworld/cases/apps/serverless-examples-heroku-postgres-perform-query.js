// Source: serverless/examples — aws-node-heroku-postgres/handler.js (performQuery), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Lambda (serverless-http) whose pool has `max: 1`: performQuery checks the one client out, awaits the query and only then releases it, with no finally; a failed query keeps the only client checked out for the warm container's life
"use strict";

const express = require("express");
const serverless = require("serverless-http");
const pg = require("pg");

let pgPool;
const app = express();

const createPool = async () => {
  const connectionString = await fetchConnectionString();
  pgPool = new pg.Pool({ connectionString, max: 1, ssl: true });
};

const runQuery = async () => {
  const client = await pgPool.connect();
  const result = await client.query("SELECT now()");
  client.release();
  return result;
};

app.get("/hello", async (req, res) => {
  if (!pgPool) {
    await createPool();
  }
  try {
    const result = await runQuery();
    res.json({ now: result.rows[0].now });
  } catch (e) {
    res.json({ error: e.message });
  }
});

async function fetchConnectionString() {
  return process.env.DATABASE_URL;
}

module.exports = { app, hello: serverless(app) };
