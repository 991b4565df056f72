// Source: tomsoderlund/nextjs-pwa-graphql-sql-boilerplate — api/graphql/index.js at 94a920b (initDatabaseClient), reduced by hand, not copied
// Label: hand-over
// Why: one client is checked out for the life of the process into a module variable, and released by the process-death handler
const { Pool } = require("pg");
const onProcessDeath = require("death");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
let client;

const initDatabaseClient = async () => {
  if (!client) client = await pool.connect();
};
initDatabaseClient();

onProcessDeath(() => {
  client && client.release();
});

module.exports = { pool };
