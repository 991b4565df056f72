// Source: MK-2001/node-red-contrib-postgres — postgres.js (PostgresNode 'input' handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: pg's old module-level pool (`pg.connect(config, cb)`); inside the callback a try/catch wraps `named.patch(client)` and the patched `client.query(...)`, which throws synchronously on a missing named parameter (node-postgres-named): the catch only reports the error, so `done()` — called only in the query callback — never runs and the client stays checked out
module.exports = function (RED) {
  var pg = require("pg");
  var named = require("node-postgres-named");

  function PostgresNode(n) {
    RED.nodes.createNode(this, n);
    var node = this;
    node.postgresConfig = RED.nodes.getNode(n.postgresdb);

    node.on("input", function (msg) {
      try {
        var config = node.postgresConfig.connectionString;

        pg.connect(config, function (err, client, done) {
          try {
            if (err) {
              node.error(err);
            } else {
              named.patch(client);
              if (!msg.queryParameters) msg.queryParameters = {};

              client.query(msg.payload, msg.queryParameters, function (err, results) {
                done();
                if (err) {
                  node.error(err);
                } else {
                  msg.payload = results.rows;
                  node.send(msg);
                }
              });
            }
          } catch (error) {
            node.error(error, msg);
          }
        });
      } catch (err) {
        node.error(err, msg);
      }
    });
  }

  RED.nodes.registerType("postgres", PostgresNode);
};
