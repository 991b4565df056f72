// Source: wildananugrah/mockup — express-app/index.js at 12d6a5a (the GET /_/healthcheck route), reduced by hand, not copied
// Label: hand-over
// Why: the health route checks a client out and hands it straight to the repository's own HealthCheck class (user-management-db/src/HealthCheck.ts), whose test() releases it in a finally after `SELECT 1`; a failed checkout answers 500 with nothing held
const express = require("express");
const { pool } = require("./database");
const { HealthCheck } = require("user-management-db/HealthCheck");

const app = express();

app.get("/_/healthcheck", async (req, res) => {
  try {
    const db = await new HealthCheck(await pool.connect()).test();
    return res.status(200).send({ app: true, db });
  } catch (error) {
    console.error(error);
    return res.status(500).send({ app: false, db: false });
  }
});

module.exports = app;
