// Source: erezlife/hapi-pg — index.js at 250e7b6 (register), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the attach extension stores the legacy `pg.connect` checkout's `done` on `request.postgres`, but the release listener is registered under `config.detatch`, a key the defaults (`attach`, `detach`) never set, so `server.on(undefined, …)` never fires and no request's client goes back; the next commit, b26d575 "fix critical issue causing connections never to be released", corrects the spelling
var pg = require("pg.js");
var Hoek = require("hoek");

var defaults = {
  connectionString: undefined,
  attach: "onPreHandler",
  detach: "tail",
};

exports.register = function (server, options, next) {
  var config = Hoek.applyToDefaults(defaults, options);

  server.ext(config.attach, function (request, reply) {
    var connectionString = generateConnection(options.connectionString, request);

    if (!connectionString) {
      return reply.continue();
    }

    pg.connect(connectionString, function (err, client, done) {
      if (err) throw err;

      request.postgres = {
        client: client,
        done: done,
      };
      reply.continue();
    });
  });

  server.on(config.detatch, function (request, err) {
    if (request.postgres) {
      request.postgres.done();
    }
  });

  next();
};

exports.register.attributes = {
  pkg: require("./package.json"),
};

function generateConnection(connectionString, request) {
  if (typeof connectionString === "function") {
    return connectionString(request);
  }
  return connectionString;
}
