// Source: Joris-van-der-Wel/node-pg-large-object — test/pg.js (setUp / tearDown), reduced by hand, not copied
// Label: hand-over
// Why: nodeunit's setUp stores the legacy `pg.connect` client and its `done` on the test context; tearDown calls `done` after every test
"use strict";

const pg = require("pg");

const conString = process.env.POSTGRES_URL;

module.exports = {
  setUp: function (callback) {
    pg.connect(conString, function (err, client, done) {
      if (err) {
        throw err;
      }
      this.client = client;
      this.clientDone = done;
      callback();
    }.bind(this));
  },

  tearDown: function (callback) {
    this.clientDone();
    this.clientDone = null;
    callback();
  },

  testSelect: function (test) {
    this.client.query("SELECT 1", function (err) {
      test.ifError(err);
      test.done();
    });
  },
};
