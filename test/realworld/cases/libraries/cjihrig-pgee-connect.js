// Source: cjihrig/pgee — lib/index.js (PgEe.prototype.connect), reduced by hand, not copied
// Label: hand-over
// Why: pg's old module-level pool (`pg.connect(options, cb)`): the connection and its `done` are stored on the emitter instance, which keeps the connection for LISTEN until its close() calls `this._done()`
"use strict";
const EventEmitter = require("events");
const Util = require("util");
const Postgresql = require("pg");

function PgEe(options) {
  EventEmitter.call(this);
  this._options = options;
  this._connection = null;
  this._done = null;
}

Util.inherits(PgEe, EventEmitter);
module.exports = PgEe;

PgEe.prototype.connect = function connect(callback) {
  if (this._connection !== null) {
    return callback(null);
  }

  Postgresql.connect(this._options, (err, connection, done) => {
    if (err) {
      return callback(err);
    }

    this._done = done;
    this._connection = connection;
    this._connection.on("notification", (msg) => this.emit(msg.channel, msg.payload));
    callback(null);
  });
};

PgEe.prototype.close = function close() {
  if (this._done) this._done();
  this._connection = null;
};
