// Source: TFNS/CTFNote — api/src/discord/database/database.ts at bda33923 (connectToDatabase, as "Correctly implement obtaining database client" rewrote it), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is returned to the caller; the same commit made every caller in ctfs.ts release it in a finally
import { Pool } from "pg";
import config from "../../config";

const pgPool = new Pool({
  user: config.db.admin.login,
  host: config.db.host,
  database: config.db.database,
  password: config.db.admin.password,
});

async function connectToDatabase() {
  return await pgPool.connect();
}

export { connectToDatabase };
