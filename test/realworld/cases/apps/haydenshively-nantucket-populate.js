// Source: haydenshively/Nantucket — scripts/database/populate.js (IIFE), reduced by hand, not copied
// Label: safe
// Why: the queries run in try and the client is released in finally before the pool ends
const { Pool } = require("pg");

const pool = new Pool({ max: 20, idleTimeoutMillis: 30000 });

(async () => {
  const client = await pool.connect();
  console.log("Connected");
  try {
    await client.query("INSERT INTO users (address) VALUES ('0xabc')");
    const result = await client.query("SELECT * FROM users");
    console.log(result.rows);
  } finally {
    client.release();
  }
  pool.end();
})().catch((error) => console.log(error.stack));
