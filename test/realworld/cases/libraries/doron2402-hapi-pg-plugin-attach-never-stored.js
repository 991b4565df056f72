// Source: doron2402/hapi-pg-plugin — lib/index.js (internals.attachFunc, register), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the `attach` extension (onPreHandler by default) runs a legacy `Pg.connect(conString, cb)` checkout for every request but never stores the client or its `done` (the three `server.expose` lines are commented out), so the `detach` ('tail') listener finds no `pgKill`/`pgDone` and nothing ever calls `done`: each request keeps one pooled client
"use strict";

const Hoek = require("hoek");
let Pg = require("pg");

const internals = {
  defaults: { connectionString: undefined, native: false, attach: "onPreHandler", detach: "tail" },
};

internals.attachFunc = (config) => {
  return (server, _next) => {
    Pg.connect(config.connectionString, (err, client, done) => {
      if (err) {
        server.log(["pg-plugin"], `Unable to connect to postgres ${JSON.stringify(err)}`);
        return _next(err);
      }
      server.log(["pg-plugin"], "Connect to Postgres successfully!");
      // server.expose('pgClient', client);
      // server.expose('pgdone', done);
      return _next();
    });
  };
};

exports.register = function (server, options, next) {
  const config = Hoek.clone(internals.defaults);
  Hoek.merge(config, options);
  if (config.native) {
    Pg = require("pg").native;
  }

  server.ext({ type: config.attach, method: internals.attachFunc(config) });

  server.on(config.detach, (request) => {
    const plugin = request.server.plugins && request.server.plugins["hapi-pg-plugin"];
    if (plugin && plugin.pgKill) {
      plugin.pgDone(plugin.pgKill);
    }
  });

  next();
};
