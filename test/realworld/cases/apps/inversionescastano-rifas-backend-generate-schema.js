// Source: inversionescastanoasociados-code/rifas-backend — scripts/generate-schema.js (generateFullSQL), reduced by hand, not copied
// Label: safe
// Why: a schema dumper reads tables, columns and function definitions from the catalog in a try whose finally releases and ends the pool
const pool = require("../db");
const fs = require("fs");

async function generateFullSQL() {
  const client = await pool.connect();

  try {
    let sql = "";
    const tables = await client.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    for (const { table_name } of tables.rows) {
      const cols = await client.query(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position",
        [table_name],
      );
      sql += `CREATE TABLE ${table_name} (${cols.rows.map((c) => `${c.column_name} ${c.data_type}`).join(", ")});\n`;
    }
    const functions = await client.query(
      "SELECT pg_get_functiondef(p.oid) AS def FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'",
    );
    functions.rows.forEach((fn) => {
      sql += fn.def + ";\n";
    });
    fs.writeFileSync("schema.sql", sql);
  } finally {
    client.release();
    pool.end();
  }
}

generateFullSQL().catch(console.error);
