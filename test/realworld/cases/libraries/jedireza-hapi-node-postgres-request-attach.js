// Source: jedireza/hapi-node-postgres — index.js (register, the `attach` extension), reduced by hand, not copied
// Label: hand-over
// Why: the legacy `pg.connect(conString, cb)` checkout is stored on `request.pg` with its `done`; the `detach` listener calls `done` when the request ends
"use strict";

let Pg = require("pg");

exports.register = function (server, options, next) {
  const config = Object.assign({ attach: "onPreHandler", detach: "tail" }, options);

  if (config.native) {
    Pg = require("pg").native;
  }

  server.ext(config.attach, (request, reply) => {
    Pg.connect(config.connectionString, (err, client, done) => {
      if (err) {
        reply(err);
        return;
      }
      request.pg = { client, done, kill: false };
      reply.continue();
    });
  });

  server.on(config.detach, (request) => {
    if (request.pg) {
      request.pg.done(request.pg.kill);
    }
  });

  next();
};
