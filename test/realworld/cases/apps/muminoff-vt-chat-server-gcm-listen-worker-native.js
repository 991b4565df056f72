// Source: muminoff/vt-chat-server — workers/gcmpushsender.js at 9447e47^ (the push worker's LISTEN checkout, 2016-01, pg ^4.4.3 native bindings), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the worker checks a client out of `require('pg').native`'s pool for its token preload and LISTEN and never calls done(): the client is kept only by its 'notification' handler, stored nowhere for a shutdown, and a failed preload throws on `result.rows` inside the callback
var pg = require("pg").native;
var redis = require("redis");
var logger = require("../logger");
var config = require("../utils/config");

pg.defaults.poolSize = config.postgresql.pool_size;
var pgConnectionString = config.postgresql.url;
var redisClient = redis.createClient(config.redis);

pg.connect(pgConnectionString, function (err, client, done) {
  if (err) {
    logger.error("Cannot connect to PostgreSQL");
    process.exit(-1);
  }

  client.query("SELECT s.topic_id, array_agg(u.gcm_token) AS tokens FROM subscribers s RIGHT JOIN users u ON u.id = s.user_id GROUP BY s.topic_id", function (err, result) {
    if (err) logger.error("Cannot get gcm_tokens");
    result.rows.forEach(function (row) {
      redisClient.sadd("topic" + row.topic_id, row.tokens);
    });
  });

  client.query("LISTEN message_events", function (err, result) {
    if (err) logger.error("Cannot listen to message_events");
  });

  client.on("notification", function (data) {
    var message = JSON.parse(data.payload).data;
    redisClient.smembers("topic" + message.topic_id, function (err, reply) {
      logger.debug("Got", reply.length, "tokens");
    });
  });
});
