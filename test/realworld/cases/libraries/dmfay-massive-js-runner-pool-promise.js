// Source: dmfay/massive-js — lib/runner.js at 9d23a36 (DB.prototype.query, the `this.pool.connect` branch "not currently invoked"; its pg.connect twin left out), reduced by hand, not copied
// Label: hand-over
// Why: the connect callback keeps `done` in the outer `returnToPool` and resolves the wrapping promise with the client; the `.then` that queries it calls returnToPool()
"use strict";

const pg = require("pg");
const _ = require("underscore");
const ArgTypes = require("./arg_types");

const DB = function (connectionString, poolConfig) {
  this.connectionString = connectionString;
  this.poolConfig = poolConfig;
};

DB.prototype.query = function () {
  const args = ArgTypes.queryArgs(arguments);
  const e = new Error();

  if (_.isObject(args.params)) {
    args.params = _.values(args.params);
  }

  let returnToPool;

  if (!this.pool) {
    this.pool = new pg.Pool(this.poolConfig || {});
  }

  const connect = new Promise((resolve, reject) => {
    this.pool.connect((err, client, done) => {
      returnToPool = done;
      if (err) {
        return reject(err);
      }
      return resolve(client);
    });
  });

  return connect
    .then(
      (db) =>
        new Promise((resolve, reject) => {
          db.query(args.sql, args.params, (err, result) => {
            if (!!returnToPool) {
              returnToPool();
            }
            if (err) {
              return reject(err);
            }
            if (args.options.single) {
              result.rows = result.rows.length >= 0 ? result.rows[0] : null;
            }
            return resolve(result.rows);
          });
        }),
    )
    .catch((err) => {
      e.message = err.message || err.toString();
      throw _.defaults(e, err);
    });
};

module.exports = DB;
