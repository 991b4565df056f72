// Source: TFNS/CTFNote — api/src/discord/database/database.ts at bda33923^ (connectToDatabase, before "Correctly implement obtaining database client … properly release them"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: each call checks a client out, drops it and returns the pool, so every Discord lookup leaves one more client checked out until the pool waits forever
import { Pool } from "pg";
import config from "../../config";

const pgPool = new Pool({
  user: config.db.admin.login,
  host: config.db.host,
  database: config.db.database,
  password: config.db.admin.password,
});

async function connectToDatabase() {
  await pgPool.connect();
  return pgPool;
}

export { connectToDatabase };
