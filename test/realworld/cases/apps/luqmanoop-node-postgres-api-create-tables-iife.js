// Source: luqmanoop/node-postgres-api — src/db/index.js (module body), reduced by hand, not copied
// Label: safe
// Why: the start-up IIFE creates the tables in a transaction; ROLLBACK in the catch (which only logs), release in the finally
import env from "dotenv";
import { Pool } from "pg";
import models from "./models";

env.config();
const pool = new Pool({ connectionString: process.env.DB_URL });

(async () => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await models(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    console.log(error);
  } finally {
    client.release();
  }
})();

export default pool;
