// Source: koncak/node-red-contrib-re-postgres — lib/pg.js (PostgresNode's input handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: node-postgres-named's patched `client.query` throws synchronously when a named parameter is missing; the catch around it only reports the error and never calls `done()`
"use strict";

const named = require("node-postgres-named");

module.exports = function (RED) {
  function PostgresNode(n) {
    RED.nodes.createNode(this, n);
    const node = this;
    node.pgpool = RED.nodes.getNode(n.postgresdb).pgPool;
    node.output = n.output;

    node.on("input", function (msg) {
      node.pgpool.connect((err, client, done) => {
        if (err) {
          node.error(err, msg);
          return;
        }
        named.patch(client);
        if (!msg.queryParameters) msg.queryParameters = [];

        try {
          client.query(msg.payload, msg.queryParameters, function (queryErr, results) {
            done();
            if (queryErr) {
              node.error(queryErr, msg);
            } else if (node.output) {
              msg.payload = results.rows;
              node.send(msg);
            }
          });
        } catch (patchErr) {
          node.error("Some query parameters are missing", msg);
        }
      });
    });
  }
  RED.nodes.registerType("postgres", PostgresNode);
};
