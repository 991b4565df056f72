// Source: Jurandir/FastCode — common/database/db.js (db), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is stored in `global.connection` as the process's one shared client and returned; every later call reuses it
const moment = require("moment");

async function db() {
  if (global.connection) {
    console.log("Connection OK.");
    return global.connection;
  }

  const { Pool } = require("pg");
  const pool = new Pool({ connectionString: "postgres://localhost:5432/app" });

  global.connection = await pool.connect();
  global._dsp_message = "pool created";

  const res = await global.connection.query("SELECT NOW()");
  global._dsp_date_connection = moment(res.rows[0].now).format();

  return global.connection;
}

module.exports = db;
