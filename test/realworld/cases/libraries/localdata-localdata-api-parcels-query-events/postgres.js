// Source: LocalData/localdata-api — lib/postgres.js (getClient), reduced by hand, not copied
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
