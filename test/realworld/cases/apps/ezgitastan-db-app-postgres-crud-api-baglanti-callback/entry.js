// Source: EzgiTastan/db-app-postgres-crud-api — homework/db-app/app.js at 82af361 (module body), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Turkish homework service checks out from the pool it imports as `dbConnection` with a callback that takes the client (as `connection`) and no `done`, logs, and never releases it
"use strict";
const express = require("express");
const dbConnection = require("./postgres.js"); // PostgreSQL bağlantı modülü

const app = express();

dbConnection.connect((err, connection) => {
  if (err) {
    console.error("Database connection error:", err.stack);
  } else {
    console.log("Connected to PostgreSQL database");
  }
});

app.get("/students", (req, res) => {
  dbConnection.query("SELECT * FROM students", (err, results) => {
    if (err) return console.log("Database query error: ", err);
    res.status(200).json({ status: "success", data: results.rows });
  });
});

app.listen(3000);
