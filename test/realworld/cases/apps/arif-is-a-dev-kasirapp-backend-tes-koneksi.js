// Source: arif-is-a-dev/kasirapp-backend — config/database.js at c27f517 (module body), reduced by hand, not copied
// Label: safe
// Why: an Indonesian cashier app's start-up check uses the callback form, returns early only when there is no client, and calls the third parameter (`release`) once it has logged
import pkg from "pg";
const { Pool } = pkg;

const pool = new Pool({
  user: "postgres",
  host: "localhost",
  database: "kasir-app",
  port: 5432,
});

// Tes koneksi
pool.connect((err, client, release) => {
  if (err) {
    return console.error("Error acquiring client", err.stack);
  }
  console.log("Database connected successfully");
  release();
});

export default pool;
