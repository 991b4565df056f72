// Source: Deusa12345/sistemaPedidos — test_db.js at 7545267 (testConnection), reduced by hand, not copied
// Label: safe
// Why: a Brazilian order system's connection check, a named async function run at load: it checks out, logs, and releases at once inside its try; the catch only logs a failed connect
const pool = require("./src/database/db");

async function testConnection() {
  try {
    const client = await pool.connect();
    console.log("Conexão com o banco de dados estabelecida com sucesso!");
    client.release();
  } catch (err) {
    console.error("Erro ao conectar ao banco de dados:", err);
  }
}

testConnection();
