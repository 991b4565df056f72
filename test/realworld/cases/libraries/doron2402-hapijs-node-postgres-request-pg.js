// Source: doron2402/hapijs-node-postgres — index.js (register), reduced by hand, not copied
// Label: hand-over
// Why: the hapi plugin checks a client out in a request extension and stores it as `request.pg`; the plugin's detach listener (`server.on(config.detach, …)`) releases it when the request ends
"use strict";

const Pg = require("pg");

exports.register = function (server, options, next) {
  const config = Object.assign({ attach: "onPreHandler", detach: "tail" }, options);
  const pool = new Pg.Pool(config);

  server.ext(config.attach, (request, reply) => {
    request.pg = {};
    pool
      .connect()
      .then((client) => {
        request.pg = client;
        reply.continue();
      })
      .catch((err) => {
        server.log(["error"], err.stack);
        return reply(err);
      });
  });

  server.on(config.detach, (request) => {
    if (request.pg && request.pg.release) {
      request.pg.release();
    }
  });

  next();
};

exports.register.attributes = { pkg: { name: "hapijs-node-postgres" } };
