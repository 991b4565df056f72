// Source: eagrcode/dysfunctnl-proto — testDbConnection.js (testConnection), reduced by hand, not copied
// Label: safe
// Why: the checkout is assigned inside the try to a variable declared before it, and the finally releases it when it was set
const pool = require("./_shared/utils/db");

async function testConnection() {
  let client;
  try {
    client = await pool.connect();
    console.log("Connection to PostgreSQL DB successful!");
    console.log("Connection details:", { host: client.host, port: client.port, database: client.database });
  } catch (err) {
    console.error("Connection error:", err.stack);
  } finally {
    if (client) {
      client.release();
    }
  }
}

testConnection();
