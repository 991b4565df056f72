// Source: totaljs/node-sqlagent — pg.js (Agent.prototype.writeBuffer; PR #14 moved the driver to pg pools and its thread reports "too many clients already" after a while), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: after BEGIN the only release on the large-object path is `client.query('COMMIT', done)` in the stream's 'finish' listener: a stream that errors never emits 'finish', so done() never runs
var Lo = require("./pg-lo");

Agent.prototype.writeBuffer = function (buffer, callback) {
  var self = this;
  var pool = createpool(self.options);
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

      Lo.create(client).writeStream(buffer.length, function (err, oid, stream) {
        if (err) {
          client.query("ROLLBACK", done);
          self.errors && self.errors.push(err);
          return callback(err);
        }

        stream.on("finish", function () {
          client.query("COMMIT", done);
          callback(null, oid);
        });

        stream.end(buffer);
      });
    });
  });
};

function Agent(options) {
  this.options = options;
  this.errors = [];
}

function createpool(options) {
  var Pg = require("pg");
  return new Pg.Pool(options);
}

module.exports = Agent;
