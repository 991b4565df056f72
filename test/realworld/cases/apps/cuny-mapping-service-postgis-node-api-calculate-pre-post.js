// Source: CUNY-Mapping-Service/Postgis-Node-API — app_specific_routes/CFB/calculatePrePost.js (handler, onConnect), reduced by hand, not copied
// Label: safe
// Why: the analytics route checks out before looking in its response cache; a cache hit releases and replies, a miss runs the query and releases first thing in its callback
const NodeCache = require("node-cache");
const queryCache = new NodeCache();

const sql = (params, query) => `SELECT geoid, SUM(pre) AS pre, SUM(post) AS post FROM ${params.table} WHERE code = '${query.code}' GROUP BY geoid`;

module.exports = function (fastify, opts, next) {
  fastify.route({
    method: "GET",
    url: "/calculatePrePost/:table",
    handler: function (request, reply) {
      fastify.pg.connect(onConnect);
      function onConnect(err, client, release) {
        if (err)
          return reply.send({ statusCode: 500, error: "Internal Server Error", message: "unable to connect to database server" });

        const key = request.url;
        const cachedResp = queryCache.get(key);
        if (typeof cachedResp !== "undefined") {
          release();
          reply.send(cachedResp);
        } else {
          client.query(sql(request.params, request.query), function onResult(err, result) {
            if (err) console.log(sql(request.params, request.query));
            release();
            reply.send(err || result.rows);
            if (result && typeof result !== "undefined" && result.rows) {
              queryCache.set(key, result.rows, 900);
            }
          });
        }
      }
    },
  });
  next();
};

module.exports.autoPrefix = "/v1";
