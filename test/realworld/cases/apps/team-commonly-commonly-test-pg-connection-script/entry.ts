// Source: Team-Commonly/commonly — backend/testPgConnection.ts at d7bb79c8de (testConnection; the repository of issue #454), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the script's inner try releases only after both test queries; a failing query lands in the inner catch, which only logs, and the outer finally then awaits `pool.end()` with that client still checked out, so the client is never released and the script never finishes
const { pool, connectPG } = require("./db-pg");

async function testConnection() {
  console.log("Testing PostgreSQL connection...");
  try {
    const conn = await connectPG();
    if (conn) {
      try {
        const client = await pool.connect();
        const result = await client.query("SELECT NOW()");
        console.log("Query result:", result.rows[0]);

        const tables = await client.query(
          "SELECT EXISTS (SELECT FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'pods')",
        );
        console.log("Pods table exists:", tables.rows[0].exists);

        client.release();
      } catch (queryErr: unknown) {
        console.error("Error running test queries:", queryErr);
      }
    } else {
      console.error("Connection failed.");
    }
  } catch (err: unknown) {
    console.error("Error in test script:", err);
  } finally {
    await pool.end();
    console.log("Connection pool closed");
  }
}

if (require.main === module) {
  testConnection();
}

module.exports = testConnection;
