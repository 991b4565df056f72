// The project's pool module (src/database.ts): the test database when NODE_ENV is "test".
import { Pool } from "pg";

const env: NodeJS.ProcessEnv = process.env;

const pgPool: Pool = new Pool({
  user: env["PG_USER"],
  password: env["PG_PASSWORD"],
  database: env["NODE_ENV"] === "test" ? env["PG_TEST_DB"] : env["PG_DB"],
  host: env["PG_HOST"] || "localhost",
});

export default pgPool;
