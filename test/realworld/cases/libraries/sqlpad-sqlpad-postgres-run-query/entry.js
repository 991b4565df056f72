// Source: sqlpad/sqlpad — server/drivers/postgres/index.js (runQuery), reduced by hand, not copied
// Label: safe
// Why: `Client` is the driver's own class wrapping a dedicated `pg.Client`; connect, then query and disconnect on both paths; no pool checkout
const { Client } = require("./client");

async function runQuery(query, connection) {
  const client = new Client(connection);
  await client.connect();
  try {
    const result = await client.runQuery(query);
    await client.disconnect();
    return result;
  } catch (error) {
    await client.disconnect();
    throw error;
  }
}

module.exports = { runQuery };
