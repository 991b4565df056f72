// Source: grncdr/node-any-db — packages/any-db-postgres/index.js (adapter.createConnection), reduced by hand, not copied
// Label: safe
// Why: the adapter connects its own `pg.Client` subclass and returns it to any-db, which ends it; no pool checkout is involved
"use strict";

const pg = require("pg");
const inherits = require("inherits");

const adapter = exports;

adapter.name = "postgres";

inherits(PostgresConnection, pg.Client);
function PostgresConnection(opts) {
  pg.Client.call(this, opts);
}

adapter.createConnection = function (opts, callback) {
  const conn = new PostgresConnection(opts);
  conn.connect(callback);
  conn.once("connect", conn.emit.bind(conn, "open"));
  return conn;
};
