import dotenv from "dotenv";
import { Pool } from "pg";

dotenv.config();

const { POSTGRES_HOST, POSTGRES_DB, POSTGRES_TEST_DB, ENV } = process.env;

let Client: Pool = new Pool();

if (ENV === "test") {
  Client = new Pool({ host: POSTGRES_HOST, database: POSTGRES_TEST_DB });
} else if (ENV === "dev") {
  Client = new Pool({ host: POSTGRES_HOST, database: POSTGRES_DB });
}

export default Client;
