// Source: sddhantjaiii/Calling-agent-with-bolna — backend/fix-notification-constraint.js (fixConstraint), reduced by hand, not copied
// Label: safe
// Why: a one-off script: the ALTER TABLE statements run in the try, the catch logs and rethrows, the finally releases and ends the pool
const { Pool } = require("pg");
require("dotenv").config();

if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL environment variable is required");
  process.exit(1);
}

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function fixConstraint() {
  const client = await pool.connect();

  try {
    await client.query("ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_notification_type_check");
    await client.query(
      "ALTER TABLE notifications ADD CONSTRAINT notifications_notification_type_check CHECK (notification_type IN ('email', 'meeting_booked'))",
    );
    console.log("Constraint updated");
  } catch (error) {
    console.error("Error fixing constraint:", error);
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
}

fixConstraint()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
