// Source: VictorEzaki/notas-de-estudos — sql-no-nodejs-e-prima-orm/aula02-usando-pool-de-conexoes/pool.js (openConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: release runs in a timer registered after the awaited query; when the query throws, no timer is ever set
const { Pool } = require("pg");

const pool = new Pool({ connectionString: "postgresql://localhost:5432/node_postgres", max: 2 });

async function openConnection() {
  const client = await pool.connect();
  const result = await client.query("SELECT 1 + 1 AS total");
  console.log(result.rows);

  setTimeout(() => {
    client.release();
    console.log("closing connection");
  }, 5000);
}

openConnection();
openConnection();
openConnection();
