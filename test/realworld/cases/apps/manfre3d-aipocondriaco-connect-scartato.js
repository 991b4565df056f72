// Source: manfre3d/AiPocondriaco — server/database/config/db.js at d317115 (module body), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the module's own `connect()` returns a checked-out client, and the module calls it once at load as a bare statement, dropping that client: one connection stays checked out for the life of the server
const { Pool } = require("pg");

const pool = new Pool({
  user: "postgres",
  host: "localhost",
  database: "postgres",
  port: 5432,
});

async function connect() {
  try {
    const client = await pool.connect();
    return client;
  } catch (error) {
    // errori di connessione soppressi: il DB non serve in modalità demo
  }
}

async function disconnect(client) {
  try {
    await client.release();
  } catch (error) {
    // ignora
  }
}

connect();

module.exports = { connect, disconnect };
