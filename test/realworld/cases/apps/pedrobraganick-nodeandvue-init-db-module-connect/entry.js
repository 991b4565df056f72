// Source: pedrobraganick/nodeandvue — api/api/Infra/initDb.js (CreateDataBase) with api/api/Infra/db.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `con.connect()` is the project's helper returning `pool.connect()`; the client it gives is queried and never released, on any path
const con = require("./db");

async function initDb() {
  createDataBase();
}

async function createDataBase() {
  var client = await con.connect();

  const res = await client.query("SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'usuario'");

  if (!res.rows[0]) {
    await client.query("CREATE TABLE usuario (login varchar not null primary key, senha varchar not null)");
    await client.query("CREATE TABLE saldo (login varchar not null primary key, saldo decimal(10,2) not null)");
  }
}

module.exports = { initDb };
