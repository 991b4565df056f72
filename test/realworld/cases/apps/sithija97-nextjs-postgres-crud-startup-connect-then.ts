// Source: Sithija97/Nextjs-Postgres-CRUD — api/src/db/dbConnection.ts (module body), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up check `db.connect().then(() => log)` drops the client it was handed; it is never released, one pool slot held for the process's life
import dotenv from "dotenv";
import pg from "pg";

dotenv.config();

const db = new pg.Pool({
  user: process.env.PG_USER,
  host: process.env.PG_HOST,
  database: process.env.PG_DATABASE,
  port: parseInt(process.env.PG_PORT || "5432", 10),
});

db.connect()
  .then(() => console.log("Connected to PostgreSQL database"))
  .catch((err) => {
    console.error("Failed to connect to PostgreSQL database:", err);
    process.exit(1);
  });

db.on("error", (err) => {
  console.error("Unexpected error on idle PostgreSQL client:", err);
  process.exit(1);
});

export const query = (text: string, params?: unknown[]) => db.query(text, params);

export default db;
