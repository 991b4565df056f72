// Source: TanTheVinh/VNPT---MQTT — src/index.js at f035f24 (start-up "connect database"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the sensor dashboard's start-up probe `pool.connect(() => …)` takes no client in its callback, so the client pg-pool hands it is never released for the life of the process
const path = require("path");
const express = require("express");
const pool = require("./database");

const app = express();

pool.connect(() => {
  console.log("connect successfully");
});

app.use(express.static(path.join(__dirname, "resources/views")));
app.use(express.urlencoded({ extended: true }));

app.listen(3000, () => console.log("listening on 3000"));
