import { Pool } from "pg";

export const connection = new Pool({
  application_name: Bun.env.application_name,
  host: Bun.env.host,
  database: Bun.env.database,
});
