// Source: LocalData/localdata-api — lib/postgres.js (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the legacy module pool of pg's native binding checks the client out and hands it, with its `done`, to the caller's callback (a connect error is passed on with no client)
"use strict";

const pg = require("pg").native;

const connectionString = process.env.PSQL_CONNECTION;

exports.getClient = function getClient(callback) {
  pg.connect(connectionString, function (error, client, done) {
    if (error) {
      console.log("Error connecting to geo database: " + error.message);
      return callback(error);
    }
    callback(null, client, done);
  });
};
