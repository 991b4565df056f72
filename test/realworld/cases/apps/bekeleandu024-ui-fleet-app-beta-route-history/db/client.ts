import { Pool } from "pg";
import { DATABASE_URL, SERVICE_NAME } from "../config";

export const pool = new Pool({
  connectionString: DATABASE_URL,
  application_name: SERVICE_NAME,
});
