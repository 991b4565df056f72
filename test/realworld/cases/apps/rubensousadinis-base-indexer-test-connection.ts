// Source: RubenSousaDinis/base-indexer — src/db/test-connection.ts (testConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: client.release() follows `await client.query('SELECT NOW()')` in the try; when the query throws, the catch only logs and the client is never released
import { Pool } from "pg";

async function testConnection() {
  const pool = new Pool({
    host: process.env.POSTGRES_HOST,
    port: parseInt(process.env.POSTGRES_PORT || "5432"),
    database: process.env.POSTGRES_DB,
    user: process.env.POSTGRES_USER,
    password: process.env.POSTGRES_PASSWORD,
    ssl: { rejectUnauthorized: false },
  });

  try {
    console.log("Attempting to connect to database...");

    const client = await pool.connect();
    console.log("Successfully connected to database!");

    const result = await client.query("SELECT NOW()");
    console.log("Database time:", result.rows[0].now);

    client.release();
  } catch (error) {
    console.error("Failed to connect to database:", error);
  } finally {
    await pool.end();
  }
}

testConnection();
