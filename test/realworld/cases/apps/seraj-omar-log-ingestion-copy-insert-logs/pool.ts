import { Pool } from "pg";
import { databaseConfig } from "./config.js";

export const pool = new Pool({
  host: databaseConfig.host,
  database: databaseConfig.database,
  user: databaseConfig.user,
  password: databaseConfig.password,
  max: 3,
});
