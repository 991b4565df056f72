// Source: totaljs/node-sqlagent — pg.js (Agent.prototype.writeStream; PR #14 moved the driver to pg pools and its thread reports "too many clients already" after a while), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the large-object stream is handed to the caller's function (or piped from a file) and the client goes back only in its 'finish' listener: a failing pipe or write emits 'error', never 'finish', and done() is never called
var Pg = require("pg");
var Lo = require("./pg-lo");

function Agent(options) {
  this.options = options;
  this.errors = [];
}

Agent.prototype.writeStream = function (filestream, buffersize, callback) {
  var self = this;
  var isFN = typeof filestream === "function";
  var pool = new Pg.Pool(self.options);
  pool.connect(function (err, client, done) {
    if (err) {
      self.errors && self.errors.push(err);
      return callback(err);
    }

    client.query("BEGIN", function (err) {
      if (err) {
        done();
        self.errors && self.errors.push(err);
        return callback(err);
      }

      Lo.create(client).writeStream(buffersize || 16384, function (err, oid, stream) {
        if (err) {
          client.query("ROLLBACK", done);
          self.errors && self.errors.push(err);
          return callback(err);
        }

        stream.on("finish", function () {
          client.query("COMMIT", done);
          callback(null, oid);
        });

        if (isFN) filestream(stream);
        else filestream.pipe(stream);
      });
    });
  });
};

module.exports = Agent;
