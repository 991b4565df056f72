// Source: erezlife/hapi-pg — index.js at 315b363 (register, hapi 2 plugin API), reduced by hand, not copied
// Label: hand-over
// Why: the onPreHandler extension stores the legacy `pg.connect` checkout with its `done` on `request.postgres`; the plugin's `tail` event listener calls `done` when the request is finished, so the request owns the release (the plugin's README promises it "takes care of cleaning up the connection after the request"; the corpus labels jedireza/hapi-node-postgres's same attach/tail shape a hand-over)
var pg = require("pg.js");

exports.register = function (plugin, options, next) {
  plugin.ext("onPreHandler", function (request, extNext) {
    var connectionString = generateConnection(options.connectionString, request);

    if (!connectionString) {
      return extNext();
    }

    pg.connect(connectionString, function (err, client, done) {
      if (err) throw err;

      request.postgres = {
        client: client,
        done: done,
      };
      extNext();
    });
  });

  plugin.events.on("tail", function (request, err) {
    if (request.postgres) {
      request.postgres.done();
    }
  });

  next();
};

function generateConnection(connectionString, request) {
  if (typeof connectionString === "function") {
    return connectionString(request);
  }
  return connectionString;
}
