// Source: Kash15if/online-exam-api — index.js at e017968 (start-up connect), reduced by hand, not copied
// Label: safe
// Why: `./models/dbCon` exports mssql's `new sql.ConnectionPool(dbConfig)`; `pool.connect()` at start-up opens that SQL Server pool once and resolves with it, so nothing is checked out to release
const express = require("express");
require("dotenv").config();

const app = express();
app.use(express.json());

const pool = require("./models/dbCon");
pool
  .connect()
  .then((row) => {
    console.log("db is connected :", row._connected);
  })
  .catch((err) => {
    throw err;
  });

app.use("/api", require("./routes/gets"));
app.listen(process.env.PORT || 5000);
