// Source: alextanhongpin/node-pg-listen — db.js (module scope), reduced by hand, not copied
// Label: safe
// Why: the module connects one standalone `pg.Client` for LISTEN/NOTIFY (un-awaited) and exports it; no pool checkout
import pg from "pg";

const client = new pg.Client({
  user: process.env.DB_USER,
  password: process.env.DB_PASS,
  host: process.env.DB_HOST,
  port: process.env.DB_PORT,
  database: process.env.DB_NAME,
});

client.connect();

export default client;
