import { Pool } from "pg";

export const dbConfig = {
  host: process.env.DB_HOST || "localhost",
  port: process.env.DB_PORT ? parseInt(process.env.DB_PORT) : 5432,
  database: "mobileapp",
};

export let pool: Pool = new Pool(dbConfig);
