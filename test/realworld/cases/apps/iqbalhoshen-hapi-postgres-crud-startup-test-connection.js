// Source: IqbalHoshen/hapi-postgres-crud — db.js at 47fb2d4 (module scope), reduced by hand, not copied
// Label: safe
// Why: the hapi app's start-up check returns early only when the checkout failed, and otherwise logs and calls release()
const { Pool } = require("pg");
require("dotenv").config();

const pool = new Pool({
  host: process.env.DB_HOST,
  port: process.env.DB_PORT,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME,
});

pool.connect((err, client, release) => {
  if (err) {
    return console.error("Error acquiring client", err.stack);
  }
  console.log("Connected to PostgreSQL");
  release();
});

module.exports = pool;
