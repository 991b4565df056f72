// Source: justRenzinza/petcare-backend — models/Database.js at 078e670 (connect), reduced by hand, not copied
// Label: hand-over
// Why: the models' "pool" is this module's own `connect()`, which checks a client out of the real pool, wraps its release in a closure (a hook left for logging) and returns the client to the model that called it
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1000 });

console.log("connection pool created");

async function connect() {
  const client = await pool.connect();
  const release = client.release.bind(client);

  client.release = () => {
    release();
  };
  return client;
}

module.exports = { connect };
