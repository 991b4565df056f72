// Source: peteryang/node-red-contrib-postgres — postgres.js (the node's 'input' handler), reduced by hand, not copied
// Label: safe
// Why: a connect error has no client to release; otherwise the client is patched for named parameters and queried, and the query callback calls `done()` first, before it looks at the error
module.exports = function (RED) {
  var Pool = require("pg").Pool;
  var named = require("node-postgres-named");

  function PostgresNode(n) {
    RED.nodes.createNode(this, n);
    var node = this;
    var pool = new Pool(n.connectionConfig);

    var handleError = function (err, msg) {
      node.error(err, msg);
      node.status({ fill: "red", shape: "ring", text: "error: " + err.message });
    };

    node.on("input", function (msg) {
      if (msg.payload === undefined) {
        node.error(RED._("postgres.errors.payload"));
        return;
      }
      pool.connect(function (err, client, done) {
        if (err) {
          handleError(err, msg);
        } else {
          named.patch(client);
          if (msg.queryParameters === undefined) {
            msg.queryParameters = {};
          }
          client.query(msg.payload, msg.queryParameters, function (err, results) {
            done();
            if (err) {
              handleError(err, msg);
            } else {
              msg.payload = results.rows;
              node.send(msg);
            }
          });
        }
      });
    });
  }
  RED.nodes.registerType("postgresdb", PostgresNode);
};
