// Second module of the case: the project's message insert (lib/messagesave.js), reduced by hand
var insertMessage = "INSERT INTO messages (stamp_id, topic_id, owner, body) VALUES ($1, $2, $3, $4) RETURNING id, stamp_id, topic_id, body";

module.exports = function (client, stampId, topicId, owner, body, logger, callback) {
  client.query(insertMessage, [stampId, topicId, owner, body], function (err, result) {
    if (err) {
      logger.error("Cannot save message to DB");
      logger.error(err);
    }
    return callback(result.rows[0]);
  });
};
