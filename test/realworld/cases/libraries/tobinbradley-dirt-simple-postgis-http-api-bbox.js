// Source: tobinbradley/dirt-simple-postgis-http-api — routes/bbox.js (handler, onConnect), reduced by hand, not copied
// Label: safe
// Why: the callback is a named function declared beside the call; it returns before any client exists on a connect error, and releases first thing in the query callback
const sql = (params, query) => `SELECT ST_Extent(ST_Transform(${query.geom_column}, ${query.srid})) AS bbox FROM ${params.table}`;

module.exports = function (fastify, opts, next) {
  fastify.route({
    method: "GET",
    url: "/bbox/:table",
    handler: function (request, reply) {
      fastify.pg.connect(onConnect);

      function onConnect(err, client, release) {
        if (err) {
          request.log.error(err);
          return reply.code(500).send({ error: "Database connection error." });
        }
        client.query(sql(request.params, request.query), function onResult(err, result) {
          release();
          reply.send(err || result.rows);
        });
      }
    },
  });
  next();
};
