// Source: BruceFletcher/node-red-contrib-postgres-multi — postgres.js (the 'input' handler), reduced by hand, not copied
// Label: safe
// Why: every query and the row handling run inside the loop's own try/catch, so `client.release()` after the loop is reached on every path (nothing else between connect and release can throw)
const { Pool } = require("pg");
const named = require("node-postgres-named");

module.exports = function register(RED) {
  function MultiQueryNode(n) {
    RED.nodes.createNode(this, n);
    const node = this;
    const pool = new Pool(RED.nodes.getNode(n.postgresdb).settings);
    const report = (err, msg) => node.error(err, msg);

    node.on("input", async (msg, send, done) => {
      if (!Array.isArray(msg.payload)) {
        report(new Error("msg.payload must be an array of queries"));
        return;
      }
      try {
        const client = await pool.connect();
        named.patch(client);
        const queries = msg.payload.slice();
        const out = Object.assign({}, msg, { payload: [] });
        const counts = [];
        for (let i = 0; i < queries.length; ++i) {
          try {
            const { query, params = {}, output = false } = queries[i];
            const result = await client.query(query, params);
            if (output) {
              counts.push(result.rows.length);
              out.payload = out.payload.concat(result.rows);
            }
          } catch (e) {
            counts.push(-1);
            report(e, msg);
          } finally {
            msg.counts = counts;
          }
        }
        client.release();
        node.send(out);
      } catch (e) {
        report(e, msg);
      }
      if (done) done();
    });
  }
  RED.nodes.registerType("postgres-multi", MultiQueryNode);
};
