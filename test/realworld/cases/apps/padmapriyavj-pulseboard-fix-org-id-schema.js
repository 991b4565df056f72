// Source: padmapriyavj/Pulseboard — fix_org_id_schema.js at 976427a (fixOrgIdSchema), reduced by hand, not copied
// Label: safe
// Why: the migration script commits and returns early inside the try when the sensor_metrics hypertable is missing, rolls back in the catch, and releases (then ends the pool) in the finally on every path
require("dotenv").config();
const { Pool } = require("pg");

const pool = new Pool({ host: process.env.PG_HOST || "localhost", database: process.env.PG_DATABASE || "pulseboard" });

async function fixOrgIdSchema() {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");

    const tableCheck = await client.query(
      "SELECT EXISTS (SELECT FROM information_schema.tables WHERE table_name = 'sensor_metrics')",
    );
    if (!tableCheck.rows[0].exists) {
      await client.query("COMMIT");
      console.log("Migration completed successfully");
      return;
    }

    let isHypertable = false;
    try {
      const ht = await client.query(
        "SELECT EXISTS (SELECT FROM timescaledb_information.hypertables WHERE hypertable_name = 'sensor_metrics')",
      );
      isHypertable = ht.rows[0]?.exists || false;
    } catch (htError) {
      console.log("Could not check hypertable status:", htError.message);
    }

    if (isHypertable) {
      await client.query("DROP TABLE sensor_metrics CASCADE");
      await client.query("CREATE TABLE sensor_metrics (device_id TEXT, org_id TEXT, value DOUBLE PRECISION, timestamp TIMESTAMPTZ NOT NULL)");
      await client.query("SELECT create_hypertable('sensor_metrics', 'timestamp')");
    } else {
      await client.query("ALTER TABLE sensor_metrics ALTER COLUMN org_id TYPE TEXT USING org_id::TEXT");
    }

    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    console.error("Migration failed:", error);
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
}

fixOrgIdSchema()
  .then(() => process.exit(0))
  .catch(() => process.exit(1));
