import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.SUPABASE_DB_URL_PRODUCTION });

export const sourcePool = {
  checkout: () => pool.connect(),
  end: () => pool.end(),
};
