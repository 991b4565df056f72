// Source: 30x/pg-event-producer — pg-event-producer.js (eventProducer.prototype.queryAndStoreEvent), reduced by hand, not copied
// Label: safe
// Why: every branch of the nested query callbacks ends in `release` (the failed BEGIN through ROLLBACK's callback, the failed update and insert through ROLLBACK's, the COMMIT either way)
function EventProducer(pool) {
  this.pool = pool;
}

EventProducer.prototype.queryAndStoreEvent = function (query, queryArgs, eventTopic, eventData, callback) {
  var pool = this.pool;
  pool.connect(function (err, client, release) {
    if (err) callback(err);
    else
      client.query("BEGIN", function (err) {
        if (err) {
          client.query("ROLLBACK", release);
          callback(err);
        } else
          client.query(query, queryArgs, function (err, pgResult) {
            if (err) {
              client.query("ROLLBACK", () => {
                release(err);
              });
              callback(err.code == 23505 ? 409 : err);
            } else {
              var event = eventData(pgResult);
              if (event) {
                client.query("INSERT INTO events (topic, data) VALUES ($1, $2) RETURNING *", [eventTopic, JSON.stringify(event)], function (err, pgEventResult) {
                  if (err) {
                    client.query("ROLLBACK", (rollbackError) => {
                      release(rollbackError);
                      callback(err);
                    });
                  } else
                    client.query("COMMIT", (err) => {
                      release(err);
                      callback(err, pgResult, pgEventResult);
                    });
                });
              } else
                client.query("COMMIT", (err) => {
                  release(err);
                  callback(err, pgResult);
                });
            }
          });
      });
  });
};

module.exports = EventProducer;
