// Source: alexandrainst/node-red-contrib-postgresql — postgrestor.js (the 'input' handler, at commit 8c26a49 before the move from co to async/await), reduced by hand, not copied
// Label: safe
// Why: co generator over a singleton subclass of pg's Pool: the yielded query is in try, `client.release()` in finally (a failed connect yields no client at all)
module.exports = function (RED) {
  const PgPool = require("pg").Pool;
  const co = require("co");

  let pgPool = null;

  function PostgresDBNode(n) {
    RED.nodes.createNode(this, n);
    let instance = null;
    class Pool extends PgPool {
      constructor() {
        if (!instance) {
          super({ host: n.host, database: n.database, max: n.max });
          instance = this;
        }
        return instance;
      }
    }
    pgPool = new Pool();
  }
  RED.nodes.registerType("postgresDB", PostgresDBNode);

  function QueryNode(config) {
    const node = this;
    RED.nodes.createNode(node, config);
    node.on("input", function (msg) {
      co(function* () {
        const client = yield pgPool.connect().catch((error) => node.error(error));
        try {
          msg.payload = yield client.query(config.query);
        } catch (error) {
          node.error(error);
          msg.err = error;
        } finally {
          node.send(msg);
          client.release();
        }
      });
    });
  }
  RED.nodes.registerType("postgrestor", QueryNode);
};
