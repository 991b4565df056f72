// Source: ArthurResendeC/HelloWorld — Cursos/Onebitcode/Prisma/02-Usando_uma_pool/pool.js (openConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a course exercise on pools (max 2, three calls): the release is scheduled in a setTimeout only after the awaited query, so a rejected query leaves the client checked out
const { Pool } = require("pg");
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });

async function openConnection() {
  const cliente = await pool.connect();
  const result = await cliente.query("SELECT 1+1 AS soma");
  console.log(result.rows);
  setTimeout(() => {
    cliente.release();
    console.log("Conexão encerrada...");
  }, 5000);
}

openConnection();
openConnection();
openConnection();
