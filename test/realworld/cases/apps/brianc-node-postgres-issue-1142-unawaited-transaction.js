// Source: https://github.com/brianc/node-postgres/issues/1142 (the reporter's transaction, "Pool#connect resolves error as success"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: BEGIN, the work and COMMIT are queued without await and release() runs at once: the client goes back to the pool with the whole transaction still queued on it
const pg = require("pg");

const pgPool = new pg.Pool();

async function saveOrder(order) {
  const client = await pgPool.connect();
  client.query("begin");
  client.query("insert into orders (id, total) values ($1, $2)", [order.id, order.total]);
  client.query("commit");
  client.release();
}

module.exports = { saveOrder };
