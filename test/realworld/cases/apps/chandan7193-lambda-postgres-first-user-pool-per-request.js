// Source: chandan7193/lambda-postgres — app.js at 802d0ea (GET /first_user), reduced by hand, not copied
// Label: safe
// Why: an Express app behind serverless-http makes a pool per request and checks out with a callback; the query's callback answers, then releases and ends the pool whether the query failed or not
"use strict";

const express = require("express");
const pg = require("pg");
const sls = require("serverless-http");

let dbConfig = {
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME,
  host: process.env.DB_HOST,
  port: process.env.DB_PORT,
};

const app = express();

app.get("/first_user", async (req, res, next) => {
  let pool = new pg.Pool(dbConfig);
  pool.connect(function (err, client, done) {
    if (err) {
      res.status(500).send("Error connecting to pg server");
    } else {
      var a = client.query("SELECT * FROM e_users ORDER BY id LIMIT 1", (err, result) => {
        if (err) {
          res.status(500).send(err);
        } else {
          let user_data = result["rows"][0];
          res.status(200).send(JSON.stringify({ user: user_data }));
        }
        client.release();
        pool.end();
      });
    }
  });
});

module.exports.postgres = sls(app);
