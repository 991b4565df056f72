// Source: Ajaya-Nandiyawar/Dis.stress — distress-signal-network/backend/db/pool.js at f70f09b (connectDB, awaited before the socket.io server listens), reduced by hand, not copied
// Label: safe
// Why: the start-up probe checks a client out, runs `SELECT NOW()` in a try, rethrows from the catch after logging, and releases in the finally
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

pool.on("error", (err) => {
  console.error("DB pool error:", err);
});

async function connectDB() {
  const client = await pool.connect();
  try {
    await client.query("SELECT NOW()");
    console.log("PostgreSQL connected");
  } catch (err) {
    console.error("PostgreSQL connection failed:", err.message);
    throw err;
  } finally {
    client.release();
  }
}

module.exports = pool;
module.exports.connectDB = connectDB;
