// Source: totaljs/node-sqlagent — pg.js (Agent.prototype.readStream), reduced by hand, not copied
// Label: safe
// Why: the COMMIT-then-done continuation runs on the large-object error, on the stream's 'error' and on its 'end', so every path gives the client back
var Lo = require("./pg-lo");
var Pg = require("pg");

function Agent(options) {
  this.options = options;
  this.errors = [];
}

Agent.prototype.readStream = function (oid, buffersize, callback) {
  var self = this;
  if (typeof buffersize === "function") {
    var tmp = callback;
    callback = buffersize;
    buffersize = tmp;
  }
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

      Lo.create(client).readStream(oid, buffersize || 16384, function (err, size, stream) {
        var finish = () => client.query("COMMIT", done);

        if (err) {
          finish();
          self.errors && self.errors.push(err);
          return callback(err);
        }

        stream.on("error", finish);
        stream.on("end", finish);
        callback(null, stream, parseInt(size));
      });
    });
  });
};

module.exports = Agent;
