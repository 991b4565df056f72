// Source: BruceFletcher/node-red-contrib-postgres-multi — postgres.js (the 'input' handler, at commit 08c78dc "solves pool.connect blocking issue"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: every query's promise is pushed into `pending` and `Promise.all(pending)` is never awaited, so `client.release()` runs while the queries are still in flight (a throwing destructure before the release also leaks it)
const { Pool } = require("pg");
const named = require("node-postgres-named");

module.exports = function register(RED) {
  function MultiQueryNode(n) {
    RED.nodes.createNode(this, n);
    const node = this;
    const pool = new Pool(RED.nodes.getNode(n.postgresdb).settings);

    node.on("input", function (msg, send, done) {
      try {
        pool.connect().then((client) => {
          named.patch(client);
          const queries = msg.payload.slice();
          const pending = [];
          for (let i = 0; i < queries.length; ++i) {
            const { query, params = {} } = queries[i];
            pending.push(client.query(query, params));
          }
          const results = Promise.all(pending).then((rows) => rows);
          const counts = [];
          for (let i = 0; i < queries.length; ++i) {
            const result = results[i];
            try {
              counts.push(result.rows.length);
            } catch (e) {
              counts.push(-1);
              node.error(e, msg);
            }
          }
          client.release();
          node.send({ ...msg, counts });
        });
      } catch (e) {
        node.error(e, msg);
      }
      if (done) done();
    });
  }
  RED.nodes.registerType("postgres", MultiQueryNode);
};
