// Source: 30x/pg-event-producer — pg-event-producer.js (eventProducer.prototype.beginTransaction), reduced by hand, not copied
// Label: hand-over
// Why: after BEGIN succeeds the client and its `release` go to the caller's callback (commitTransaction/rollbackTransaction release them); a failed BEGIN is rolled back with `release` as the callback
function EventProducer(pool) {
  this.pool = pool;
}

EventProducer.prototype.beginTransaction = function (errorHandler, callback) {
  let pool = this.pool;
  pool.connect(function (err, client, release) {
    if (err) errorHandler({ msg: "unable to get postgres connection", err: err });
    else
      client.query("BEGIN", function (err) {
        if (err) {
          client.query("ROLLBACK", release);
          errorHandler({ msg: "unable to begin postgres transaction", err: err });
        } else callback(client, release);
      });
  });
};

EventProducer.prototype.commitTransaction = function (client, release, callback) {
  client.query("COMMIT", (err) => {
    release(err);
    callback(err);
  });
};

module.exports = EventProducer;
