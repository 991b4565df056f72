// Source: gabrielrevolti/Onebitcode — 17-node-prisma/02-usando-pool/pool.js (openConnection), reduced by hand, not copied
// Label: leak
// Why: the awaited query runs before the release is even scheduled; when it rejects, the setTimeout that releases is never registered
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function openConnection() {
  const client = await pool.connect();
  const result = await client.query("select 1 + 1 as sum");
  console.log(result.rows);
  setTimeout(() => {
    client.release();
    console.log("released");
  }, 5000);
}

openConnection();
openConnection();
