// Source: hnasr/javascript_playground — express-postgres/newserver.js (connect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: moving from one Client per role to one Pool per role kept the start-up `await <pool>.connect()`: each call checks a client out and drops it, so every pool holds one connection for ever while the routes query the pool; the original does it for three pools, reduced here to one
const { Pool } = require("pg");
const express = require("express");
const app = express();
app.use(express.json());

const dbReadPool = new Pool({ user: "dbread", host: "localhost", port: 5432, database: "todo" });

app.get("/todos", async (req, res) => {
  const rows = await readTodos();
  res.setHeader("content-type", "application/json");
  res.send(JSON.stringify(rows));
});

app.listen(8080, () => console.log("Web server is listening.. on port 8080"));

start();

async function start() {
  await connect();
}

async function connect() {
  try {
    await dbReadPool.connect();
  } catch (e) {
    console.error(`Failed to connect ${e}`);
  }
}

async function readTodos() {
  try {
    const results = await dbReadPool.query("select id, text from todos");
    return results.rows;
  } catch (e) {
    return [];
  }
}
