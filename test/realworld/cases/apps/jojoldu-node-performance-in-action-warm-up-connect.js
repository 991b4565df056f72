// Source: jojoldu/node-performance-in-action — src/app.ts (module level), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a start-up check `pool.connect(err => …)` on a pool named `client`: the callback takes no client and no release, so the checked-out client (one of max 2) is never returned
const express = require("express");
const pg = require("pg");

const app = express();

const client = new pg.Pool({ host: "localhost", database: "test", statement_timeout: 5000, max: 2 });

client.connect((err) => {
  if (err) {
    console.log("Failed to connect db " + err);
  } else {
    console.log("Connect to db done!");
  }
});

app.get("/test-timeout", async (req, res) => {
  await client.query("SELECT pg_sleep(3)");
  res.send("test-timeout!");
});

app.listen(3000);
