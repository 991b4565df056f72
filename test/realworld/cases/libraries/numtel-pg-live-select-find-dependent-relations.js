// Source: numtel/pg-live-select — index.js (findDependentRelations, the EXPLAIN of a live query, pg's module-level pool), reduced by hand, not copied
// Label: safe
// Why: a connect error calls back before any client exists; the EXPLAIN callback calls done() before it reads the plan or calls back
var pg = require("pg");

function findDependentRelations(connStr, query, params, callback) {
  var nodeWalker = function (tree) {
    var found = [];
    var checkNode = function (node) {
      if ("Plans" in node) found = found.concat(nodeWalker(node["Plans"]));
      if ("Relation Name" in node) found.push(node["Relation Name"]);
    };
    if (tree instanceof Array) tree.forEach(checkNode);
    else checkNode(tree);
    return found;
  };

  pg.connect(connStr, function (error, client, done) {
    if (error) return callback && callback(error);
    client.query("EXPLAIN (FORMAT JSON) " + query, params, function (error, result) {
      done();
      if (error) return callback && callback(error);
      callback(undefined, nodeWalker(result.rows[0]["QUERY PLAN"][0]["Plan"]));
    });
  });
}

module.exports = findDependentRelations;
