// Source: CUNY-Mapping-Service/Postgis-Node-API — routes/mvt.js (GET /mvt/:table/:z/:x/:y, onConnect), reduced by hand, not copied
// Label: safe
// Why: the vector-tile route's named connect callback returns before any client exists on a connect error and calls `release()` first thing in the ST_AsMVT query's callback; the tile cache is read and filled only after that
const cacheManager = require("../tileCacheManager");

const sql = (params, query) => `
  SELECT ST_AsMVT(q, '${params.table}', 4096, 'geom') AS mvt FROM (
    SELECT ST_AsMVTGeom(ST_Transform(${query.geom_column}, 3857), ST_TileEnvelope(${params.z}, ${params.x}, ${params.y})) AS geom
    FROM ${params.table}
  ) q`;

module.exports = function (fastify, opts, next) {
  fastify.route({
    method: "GET",
    url: "/mvt/:table/:z/:x/:y",
    handler: function (request, reply) {
      fastify.pg.connect(onConnect);

      function onConnect(err, client, release) {
        if (err) {
          return reply.send({ statusCode: 500, error: "Internal Server Error", message: "unable to connect to database server" });
        }
        client.query(sql(request.params, request.query), function onResult(err, result) {
          release();
          if (err) {
            reply.send(err);
          } else {
            const p = request.params;
            const keyName = `${p.table}-${request.query.geom_column}/${p.z}/${p.x}/${p.y}`;
            const cachedMvt = cacheManager.getCachedTile(keyName);
            const mvt = cachedMvt || result.rows[0].mvt;
            if (mvt.length === 0) {
              reply.code(204).send();
            }
            reply.header("Content-Type", "application/x-protobuf").send(mvt);
            if (!cachedMvt) {
              cacheManager.addTile(keyName, mvt);
              cacheManager.manageLimit();
            }
          }
        });
      }
    },
  });
  next();
};
