// Source: ArchanaManju/Titanbay — src/db/pool.ts, reduced by hand, not copied
// Label: safe
// Why: the startup check releases in the success branch; on `err` pg passes no client, so there is nothing to release
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 5000 });

pool.connect((err, client, release) => {
  if (err) {
    console.error("Failed to connect to database:", err.message);
  } else {
    console.log("Connected to PostgreSQL");
    release();
  }
});

export default pool;
