// Source: https://blog-dun-xi.vercel.app/blog/nodejs-postgresql-connection-pool (the experiment's Express app, "NodeJS and PostgreSQL Connection Pool"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the pool is named `client` and checked with `client.connect(err => …)` at start-up; the callback takes only the error, so the pooled client it is handed is never released and one of the post's `max: 5` connections stays checked out for the process's life
const express = require("express");
const pg = require("pg");

const app = express();

const client = new pg.Pool({
  host: "localhost",
  user: "test",
  password: "test",
  database: "test",
  port: 5432,
  max: 5,
});

client.connect((err) => {
  if (err) {
    console.log("Failed to connect db " + err);
  } else {
    console.log("Connect to db done!");
  }
});

app.get("/test-timeout", async (req, res) => {
  const start = new Date();
  try {
    await client.query("SELECT pg_sleep(3);");
  } catch (e) {
    console.error("pg error", e);
  }
  console.log(`Lag: ${new Date() - start} ms`);
  res.send("test-timeout!");
});

app.listen(3000);
