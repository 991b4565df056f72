// Source: pgesek/lnl-lambda — index.js (handler), reduced by hand, not copied
// Label: safe
// Why: a callback-style Lambda makes a dedicated `pg.Client` per call and ends it in the query callback on both outcomes; a standalone Client, no pool checkout
"use strict";

const { Client } = require("pg");

const conn = process.env.CONNECTION_STRING;

module.exports.handler = (event, context, callback) => {
  const client = new Client(conn);
  client.connect();

  client.query("SELECT name FROM person", (err, res) => {
    if (err) {
      callback(err);
    } else {
      callback(null, JSON.stringify(res.rows));
    }
    client.end();
  });
};
