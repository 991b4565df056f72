// Source: numtel/pg-live-select — index.js (LivePg.prototype._updateQuery, pg's module-level pool), reduced by hand, not copied
// Label: safe
// Why: a connect error calls back before any client exists; the refresh query's callback calls done() before anything else
var pg = require("pg");

var REFRESH_QUERY_TPL = "WITH res AS ($$query$$) SELECT * FROM res WHERE NOT (_hash = ANY ($$hashParam$$))";

function replaceQueryArgs(query, args) {
  Object.keys(args).forEach(function (key) {
    query = query.split("$$" + key + "$$").join(args[key]);
  });
  return query;
}

function LivePg(connStr) {
  this.connStr = connStr;
  this.selectBuffer = {};
}

LivePg.prototype._updateQuery = function (queryHash, callback) {
  var self = this;
  var queryBuffer = self.selectBuffer[queryHash];
  var oldHashes = queryBuffer.data.map(function (row) {
    return row._hash;
  });

  pg.connect(self.connStr, function (error, client, done) {
    if (error) return callback && callback(error);
    client.query(
      replaceQueryArgs(REFRESH_QUERY_TPL, { query: queryBuffer.query, hashParam: "$" + (queryBuffer.params.length + 1) }),
      queryBuffer.params.concat([oldHashes]),
      function (error, result) {
        done();
        if (error) return callback && callback(error);
        processDiff(result.rows);
      },
    );
  });

  var processDiff = function (rows) {
    queryBuffer.data = rows;
    callback && callback();
  };
};

module.exports = LivePg;
