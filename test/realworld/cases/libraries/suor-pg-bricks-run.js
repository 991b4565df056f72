// Source: Suor/pg-bricks — index.js (Conf.prototype.run), reduced by hand, not copied
// Label: hand-over
// Why: the client goes to the caller's `func` together with a continuation that calls `done()`; releasing is tied to func's callback, the library's contract
"use strict";

const pg = require("pg");

function Conf(config) {
  this._pool = new pg.Pool(config);
}

Conf.prototype.run = function (func, callback) {
  this._pool.connect(function (err, client, done) {
    if (err) return callback(err);
    func(client, function () {
      done();
      callback.apply(null, arguments);
    });
  });
};

module.exports = Conf;
