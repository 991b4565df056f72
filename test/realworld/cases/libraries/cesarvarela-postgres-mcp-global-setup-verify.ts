// Source: cesarvarela/postgres-mcp — tests/setup/global-setup.ts (verifyConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `client.release()` follows the awaited `SELECT 1` with no finally; when the query throws, the catch logs and rethrows and the finally's `pool.end()` waits on a client never given back
async function verifyConnection() {
  const { Pool } = await import("pg");

  const pool = new Pool({
    connectionString: process.env.TEST_DATABASE_URL,
  });

  try {
    const client = await pool.connect();
    await client.query("SELECT 1");
    client.release();
    console.log("Database connection verified");
  } catch (error) {
    console.error("Database connection failed:", error);
    throw error;
  } finally {
    await pool.end();
  }
}

export default async function setup() {
  await verifyConnection();
}
