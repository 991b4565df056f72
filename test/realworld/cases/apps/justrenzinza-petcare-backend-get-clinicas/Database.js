const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function connect() {
  const client = await pool.connect();
  const release = client.release.bind(client);
  client.release = () => {
    release();
  };
  return client;
}

module.exports = { connect };
