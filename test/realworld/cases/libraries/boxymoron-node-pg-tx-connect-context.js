// Source: boxymoron/node-pg-tx — service/database.js (exports.connect, commit, rollback), reduced by hand, not copied
// Label: hand-over
// Why: the promise resolves a Context holding the client and its `done`; commit and rollback call `ctx.done()`
"use strict";

const { Pool } = require("pg");

const POOL = new Pool({ connectionString: process.env.DATABASE_URL });

function Context(client, done) {
  this.client = client;
  this.done = done;
  this.err = null;
}

exports.connect = function () {
  return new Promise(function (resolve, reject) {
    POOL.connect(function (err, client, done) {
      if (err) {
        return reject(err);
      } else {
        return resolve(new Context(client, done));
      }
    });
  });
};

exports.commit = function (ctx) {
  return new Promise(function (resolve, reject) {
    ctx.client.query("COMMIT", function (err) {
      ctx.done(err);
      return err ? reject(ctx) : resolve(ctx);
    });
  });
};
