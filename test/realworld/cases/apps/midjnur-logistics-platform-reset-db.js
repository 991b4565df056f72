// Source: midjnur/logistics-platform — backend/reset-db.js (main), reduced by hand, not copied
// Label: safe
// Why: a maintenance script on its own `pg.Client` (no pool): the truncations run in the try, the catch logs, the finally ends the client
const { Client } = require("pg");

async function main() {
  const client = new Client({ host: process.env.POSTGRES_HOST || "localhost", database: process.env.POSTGRES_DB || "logistics_db" });
  try {
    await client.connect();
    const tablesRes = await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    const tables = tablesRes.rows.map((r) => r.table_name);
    if (tables.includes("offers")) {
      await client.query("TRUNCATE TABLE offers CASCADE");
    }
    if (tables.includes("shipments")) {
      await client.query("TRUNCATE TABLE shipments CASCADE");
    }
    console.log("Done.");
  } catch (err) {
    console.error("Error executing reset:", err);
  } finally {
    await client.end();
  }
}

main();
