const { Pool } = require("pg");

const pool = new Pool({
  user: "postgres",
  host: "localhost",
  database: "postgres",
  port: 5432,
});

async function connect() {
  try {
    const client = await pool.connect();
    return client;
  } catch (error) {
    // errori di connessione soppressi: il DB non serve in modalità demo
  }
}

async function disconnect(client) {
  try {
    await client.release();
  } catch (error) {
    // ignora
  }
}

module.exports = { connect, disconnect };
