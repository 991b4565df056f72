// Source: Milu301/cobrosapp-backend3 — scripts/clients_cols.js (the script's IIFE), reduced by hand, not copied
// Label: safe
// Why: a column-listing script connects inside the try and ends the client in the finally
require("dotenv").config();
const { Client } = require("pg");

(async () => {
  const c = new Client({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });
  const sql =
    "select column_name, data_type from information_schema.columns " +
    "where table_schema='public' and table_name='clients' order by ordinal_position";
  try {
    await c.connect();
    const r = await c.query(sql);
    console.table(r.rows);
  } catch (e) {
    console.error("DB FAIL", e.message);
    process.exitCode = 1;
  } finally {
    await c.end().catch(() => {});
  }
})();
