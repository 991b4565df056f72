// Source: erezlife/hapi-pg — index.js at a083be8 (register), reduced by hand, not copied
// Label: hand-over
// Why: the attach extension (onPreHandler by default) stores the legacy `pg.connect` checkout with its `done` on `request.postgres`; the server's `tail` listener (config.detach) calls `done` once hapi has finished the request, so the request owns the release (the plugin's README promises it "takes care of cleaning up the connection after the request"; the corpus labels jedireza/hapi-node-postgres's same attach/tail shape a hand-over)
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

  server.on(config.detach, function (request, err) {
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
