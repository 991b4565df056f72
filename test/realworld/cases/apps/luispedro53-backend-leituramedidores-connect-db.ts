// Source: LuisPedro53/Backend-leituraMedidores — src/database.ts at a68a7f0 (connectDB), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: connectDB awaits `pool.connect()` to log "Connected to PostgreSQL" and drops the client, so one connection stays checked out from start-up on
import { Pool } from "pg";

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
});

export const connectDB = async () => {
  try {
    await pool.connect();
    console.log("Connected to PostgreSQL");
  } catch (error) {
    console.error("Failed to connect to PostgreSQL:", error);
    process.exit(1);
  }
};

export default pool;
