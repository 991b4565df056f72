// Source: faijan530/Jasiq_Core_Ops — backend/fix_constraint.js (fixConstraint), reduced by hand, not copied
// Label: safe
// Why: the inner try rolls back and rethrows, its finally releases; the outer try only handles connect errors
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function fixConstraint() {
  try {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("ALTER TABLE leave_request DROP CONSTRAINT IF EXISTS leave_request_status_check");
      const updated = await client.query("UPDATE leave_request SET status = $1 WHERE status = $2", ["PENDING_L1", "SUBMITTED"]);
      console.log(`updated ${updated.rowCount} rows`);
      await client.query("ALTER TABLE leave_request ADD CONSTRAINT leave_request_status_check CHECK (status IN ('DRAFT','PENDING_L1'))");
      await client.query("COMMIT");
      const check = await client.query("SELECT conname FROM pg_constraint WHERE contype = 'c'");
      console.log(check.rows[0]?.conname);
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  } catch (error) {
    console.error("database error:", error);
    process.exit(1);
  } finally {
    await pool.end();
  }
}

fixConstraint();
