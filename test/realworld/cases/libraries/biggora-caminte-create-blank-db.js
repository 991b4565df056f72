// Source: biggora/caminte — lib/adapters/postgres.js (createBlankDB), reduced by hand, not copied
// Label: safe
// Why: the legacy module pool `pg.connect(config, cb)`: the CREATE DATABASE callback always ends and then calls `done()`, ignoring the query error; a connect error only logs (the next line then throws on the missing client, but no client was checked out)
"use strict";

const pg = require("pg");

function createBlankDB(schema, callback) {
  const s = schema.settings;
  pg.connect(
    {
      host: s.host || "localhost",
      port: s.port || 5432,
      user: s.username,
      password: s.password,
      database: "postgres",
    },
    function (err, client, done) {
      if (err) {
        console.log("Error while connecting: " + err);
      }
      client.query("CREATE DATABASE " + s.database + " OWNER " + s.username, function (createErr) {
        if (createErr) {
          // ignored: the database may exist already
        }
        client.end();
        done();
        return callback && callback();
      });
    },
  );
}

module.exports = createBlankDB;
