import { Pool } from "pg";

export const pool = new Pool({
  host: "localhost",
  database: "users",
  port: parseInt(process.env.DB_PORT || "5432"),
});
