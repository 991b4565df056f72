import pg from "pg";

let pool;
if (process.env.NODE_ENV === "DEVELOPMENT") {
  pool = new pg.Pool({ database: "ledger", max: 20 });
} else {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
}

export default pool;
