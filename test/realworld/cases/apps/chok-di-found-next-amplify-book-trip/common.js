// The Lambda layer's helper (amplify/backend/function/foundnextamplifyconnetToRDS/lib/nodejs/common.js, imported as
// /opt/nodejs/common): it builds a `pg.Client` and returns it unconnected.
const { Client } = require("pg");

async function connectToDatabase() {
  const client = new Client({
    host: process.env.RDS_HOSTNAME,
    port: process.env.RDS_PORT,
    user: process.env.RDS_USERNAME,
    password: process.env.RDS_PASSWORD,
    database: process.env.RDS_DB_NAME,
  });
  return client;
}

module.exports = { connectToDatabase };
