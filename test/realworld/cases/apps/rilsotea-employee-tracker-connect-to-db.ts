// Source: Rilsotea/Employee-Tracker — Main/src/db/connections.ts at 85dc8bf (connectToDb), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await pool.connect()` as a start-up check: the client it resolves is dropped, never released
import dotenv from "dotenv";
import { Pool } from "pg";

dotenv.config();

const pool = new Pool({ host: process.env.DB_HOST, database: "employee_tracker_db" });

const connectToDb = async () => {
  try {
    await pool.connect();
    console.log("Connected to the database.");
  } catch (err) {
    console.error("Error connecting to database:", err);
    process.exit(1);
  }
};

export { pool, connectToDb };
