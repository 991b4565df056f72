// Source: harshit-jadaun/farmer-market — Backend/db/connection.js at a40afe63^ (module scope, before "database connection fix"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the module checks the database with `pool.connect().then(() => …)` at load and the `.then` callback takes no client, so the probe's client is never released and stays checked out for the process's life (a40afe63 probes with `pool.query("SELECT 1")`)
import pkg from "pg";
import { configDotenv } from "dotenv";

const { Pool } = pkg;

configDotenv();

const pool = new Pool({
  user: process.env.DB_USER,
  host: process.env.DB_HOST,
  database: process.env.DB_DATABASE,
  port: process.env.DB_PORT,
});

pool
  .connect()
  .then(() => {
    console.log("Connected to the database");
  })
  .catch((err) => {
    console.error("Error connecting to the database", err);
  });

export default pool;
