const { Client } = require("pg");

async function connectDirect() {
  const client = new Client({
    connectionString: process.env.DATABASE_URL.replace("-pooler", ""),
    ssl: { rejectUnauthorized: false },
  });
  await client.connect();
  return client;
}

module.exports = { connectDirect };
