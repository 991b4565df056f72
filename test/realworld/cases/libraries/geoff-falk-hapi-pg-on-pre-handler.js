// Source: geoff-falk/hapi-pg — index.js at be78ab4 (register, 2014-06, pg >2.10), reduced by hand, not copied
// Label: hand-over
// Why: the onPreHandler extension keeps `{ client, done }` on the request and the plugin's 'tail' listener calls done() for every request that has it; a connect error throws before any client exists
var pg = require("pg").native;

exports.register = function (plugin, options, next) {
  plugin.ext("onPreHandler", function (request, extNext) {
    var connectionString = typeof options.connectionString === "function" ? options.connectionString(request) : options.connectionString;
    if (!connectionString) {
      return extNext();
    }

    pg.connect(connectionString, function (err, client, done) {
      if (err) throw err;

      request.postgres = { client: client, done: done };
      extNext();
    });
  });

  plugin.events.on("tail", function (request) {
    if (request.postgres) {
      request.postgres.done();
    }
  });

  next();
};

exports.register.attributes = { pkg: require("./package.json") };
