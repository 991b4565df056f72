// Source: evylohanny/3a_Fase_SENAI — APINodePG/db.js at 2d8439b^ (connect, the course exercise's first version, before "continuação" moved the pool into global.connection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: every call builds a new Pool, awaits `pool.connect()` into `client` and only logs: the checked-out client is never queried, released or returned
async function connect() {
  const { Pool } = require("pg");
  const pool = new Pool({
    connectionString: process.env.CONNECTION_STRING,
  });
  const client = await pool.connect();
  console.log("Criou o Pool de conexão");
}
