// Source: Brunolira123/backend-whatsapp — src/database/postgres.js at 8c6f82a (initDatabase), reduced by hand, not copied
// Label: safe
// Why: the WhatsApp support desk creates its agents, conversations and messages tables on one checkout taken before the try; the catch rethrows and the finally releases
const { Pool } = require("pg");
require("dotenv").config();

const pool = new Pool({
  host: process.env.DB_HOST,
  database: process.env.DB_NAME,
  max: 20,
  connectionTimeoutMillis: 5000,
});

const initDatabase = async () => {
  const client = await pool.connect();
  try {
    console.log("creating tables...");
    await client.query("CREATE TABLE IF NOT EXISTS analistas (id SERIAL PRIMARY KEY, nome VARCHAR(100) NOT NULL)");
    await client.query("CREATE TABLE IF NOT EXISTS atendimentos (id SERIAL PRIMARY KEY, cliente_numero VARCHAR(20) NOT NULL)");
    await client.query("CREATE TABLE IF NOT EXISTS mensagens (id SERIAL PRIMARY KEY, atendimento_id INTEGER, conteudo TEXT)");
    console.log("tables ready");
  } catch (error) {
    console.error("failed to create tables:", error);
    throw error;
  } finally {
    client.release();
  }
};

module.exports = { pool, initDatabase };
