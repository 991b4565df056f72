// Second module of the case: the memoised shared client (a case of its own:
// erickythierry-baileys-com-db-get-db-connection-memoised.js).
import pg from "pg";

const { Pool } = pg;
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

let dbConnection = null;

async function getDbConnection() {
  if (dbConnection) {
    return dbConnection;
  }
  dbConnection = await pool.connect();
  return dbConnection;
}

export default getDbConnection;
