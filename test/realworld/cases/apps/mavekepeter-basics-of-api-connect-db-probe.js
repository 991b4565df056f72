// Source: Mavekepeter/Basics-of-API-and-postgresDB-development — backend/configs/db.js at 705eb4b (connectDB), reduced by hand, not copied
// Label: safe
// Why: the start-up probe checks a client out, logs, and releases it at once (only a console.log in between, which does not throw); the table creation that follows uses the pool, and the catch exits the process
import { Pool } from "pg";
import { createUserTable } from "../models/user.model.js";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const connectDB = async () => {
  try {
    const client = await pool.connect();
    console.log("PostgreSQL connected");
    client.release();

    await createUserTable();
  } catch (error) {
    console.error("PostgreSQL connection error:", error.message);
    process.exit(1);
  }
};

export { pool, connectDB };
