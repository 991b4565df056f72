// Source: alexandrainst/node-red-contrib-postgresql — postgresql.js (the node's 'input' handler), reduced by hand, not copied
// Label: safe
// Why: the client lives in the handler's `let client`; `finish()` releases it, and both the success path and every error (catch → `fail`) call `finish`
"use strict";

const Cursor = require("pg-cursor");

module.exports = function register(RED) {
  function QueryNode(config) {
    RED.nodes.createNode(this, config);
    const node = this;
    node.config = RED.nodes.getNode(config.postgreSQLConfig);

    node.on("input", async (msg, send, done) => {
      let client = null;
      let cursor = null;

      const finish = (failed = false) => {
        if (cursor) {
          cursor.close();
          cursor = null;
        }
        if (client) {
          client.release(failed);
          client = null;
        }
      };

      const fail = (err) => {
        finish(true);
        msg.payload = String(err);
        done(err);
      };

      try {
        client = await node.config.pgPool.connect();
        if (config.split) {
          cursor = client.query(new Cursor(msg.query, msg.params || []));
          cursor.read(config.rowsPerMsg || 1, (err, rows) => {
            if (err) return fail(err);
            finish();
            send({ ...msg, payload: rows });
            done();
          });
        } else {
          const result = await client.query(msg.query, msg.params || []);
          msg.payload = result.rows;
          finish();
          send(msg);
          done();
        }
      } catch (err) {
        fail(err);
      }
    });
  }

  RED.nodes.registerType("postgresql", QueryNode);
};
