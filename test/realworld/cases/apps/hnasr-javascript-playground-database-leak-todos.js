// Source: hnasr/javascript_playground — database-leak/index.js (GET /todos), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the demo of a leak that the video's viewers copy: every request checks a client out of a 4-client pool, runs BEGIN/SELECT/COMMIT on it, and the `client.release()` is commented out, so the fifth request hangs
const { Pool } = require("pg");
const express = require("express");
const app = express();
app.use(express.json());

app.get("/todos", async (req, res) => {
  res.setHeader("content-type", "application/json");
  const client = await pool.connect();
  client.query("begin");
  const result = await client.query("select id, todo from todos");
  client.query("commit");
  //client.release();
  res.send(JSON.stringify({ result }));
});

app.listen(8080, () => console.log("listening"));

async function connect() {
  try {
    pool = new Pool({ host: "localhost", user: "postgres", database: "postgres", port: 5432, max: 4 });
  } catch (e) {
    console.error(e);
  }
}

connect();
