// Source: manfre3d/AiPocondriaco — server/database/models/utenti.js at d317115 (getUtenti), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: an Italian app's model takes a client from its own `connect()` helper (which returns `pool.connect()`) and gives it back through `disconnect(client)` only after the query: a failing query skips the release
const { connect, disconnect } = require("./db");

async function getUtenti() {
  const client = await connect();
  const res = await client.query("SELECT * FROM Utenti;");
  await disconnect(client);
  return res.rows;
}

module.exports = { getUtenti };
