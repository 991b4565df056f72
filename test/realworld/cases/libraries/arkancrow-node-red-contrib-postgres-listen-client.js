// Source: arkancrow/node-red-contrib-postgres-listen — pglisten.js (the listen node), reduced by hand, not copied
// Label: safe
// Why: a dedicated `pg.Client` kept open for LISTEN, no pool checkout
const pg = require("pg");

module.exports = function register(RED) {
  function ListenNode(n) {
    RED.nodes.createNode(this, n);
    const node = this;
    node.channel = n.channel;
    const settings = RED.nodes.getNode(n.postgresdb);
    try {
      node.listener = new pg.Client(settings.connectionString);
      node.listener.connect((err) => {
        if (err) {
          node.error(err);
          return;
        }
        node.listener.on("notification", (msg) => {
          try {
            node.send({ ...msg, payload: JSON.parse(msg.payload) });
          } catch (parseErr) {
            node.error(parseErr);
          }
        });
        node.listener.query(`LISTEN ${node.channel}`);
      });
    } catch (err) {
      node.error(err);
    }
    node.on("close", () => node.listener.end());
  }
  RED.nodes.registerType("pglisten", ListenNode);
};
