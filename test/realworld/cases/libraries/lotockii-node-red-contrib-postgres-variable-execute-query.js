// Source: lotockii/node-red-contrib-postgres-variable — postgres.js (executeQuery), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release comes after the query and `node.send(msg)` inside the try, and the catch only reports: a failing query (bad SQL from the flow) leaves the client checked out
module.exports = function (RED) {
  const { Pool } = require("pg");
  const named = require("node-postgres-named");

  async function executeQuery(pool, msg, node) {
    try {
      const client = await pool.connect();
      named.patch(client);
      const queryParams = msg.queryParameters || {};
      const result = await client.query(msg.payload, queryParams);
      msg.payload = result.rows;
      node.send(msg);
      client.release();
    } catch (err) {
      node.error(`PostgreSQL error: ${err.message}`, msg);
      msg.payload = { error: err.message };
      node.send(msg);
    }
  }

  function PostgresNode(n) {
    RED.nodes.createNode(this, n);
    const node = this;
    node.on("input", async (msg) => {
      const pool = new Pool({ connectionString: n.connectionString, idleTimeoutMillis: 500 });
      await executeQuery(pool, msg, node);
    });
  }

  RED.nodes.registerType("postgres", PostgresNode);
};
