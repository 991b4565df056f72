// Source: erickythierry/baileys-com-DB — db.js at b0639153 (getDbConnection), reduced by hand, not copied
// Label: hand-over
// Why: a WhatsApp (Baileys) bot's auth-key store checks one client out into the module variable `dbConnection` the first time, creates its table through it, and returns that same client to every later caller: the checkout is kept for the process by design, stored before any query
import pg from "pg";
import config from "./config.js";

const { Pool } = pg;
const pool = new Pool(config);

let dbConnection = null;
let authKeysTableCreated = false;

async function getDbConnection() {
  if (dbConnection) {
    return dbConnection;
  }

  console.log("Creating a new database connection");
  dbConnection = await pool.connect();

  if (!authKeysTableCreated) {
    const { rows } = await dbConnection.query(`SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_name = 'auth_keys')`);
    if (!rows[0].exists) {
      await dbConnection.query(`CREATE TABLE auth_keys (id serial PRIMARY KEY, bot_id VARCHAR(255), key_id VARCHAR(255), key_json TEXT)`);
    }
    authKeysTableCreated = true;
  }

  return dbConnection;
}

export default getDbConnection;
