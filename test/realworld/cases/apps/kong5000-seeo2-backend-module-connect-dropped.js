// Source: kong5000/SeeO2-Backend — src/index.js at 09c1ae7, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the air-quality back end calls `db.connect()` on its Pool at module top and drops the promise, so the client it checks out is never released (every query after it goes through `db.query` on other clients)
require("dotenv").config();
const express = require("express");
const { Pool } = require("pg");
const queries = require("../db/query");

const app = express();
app.use(express.json());

const db = new Pool({
  connectionString: process.env.DB_URL,
});
db.connect();

const sensorURLs = { one: "", two: "", three: "" };

app.post("/", async (req, res) => {
  sensorURLs[req.body.id] = req.body.url;
  res.json({ message: `registered url ${req.body.url} to sensor ${req.body.id}` });
});

app.get("/sensors/:id/data", async (req, res) => {
  const rows = await queries.selectSensorData(db, req.params.id);
  res.json(rows);
});

app.listen(process.env.PORT || 8001);
