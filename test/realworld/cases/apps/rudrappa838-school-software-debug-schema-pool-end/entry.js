// Source: Rudrappa838/school-software — backend/src/scripts/debug_schema.js (debugSchema), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release follows the queries and the file write with no finally; when one throws, the catch logs and the finally's pool.end() waits for a client that never comes back
const fs = require("fs");
const { pool } = require("./db");

async function debugSchema() {
  try {
    const client = await pool.connect();
    let output = "";

    const res1 = await client.query("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'exam_types'");
    output += JSON.stringify(res1.rows, null, 2) + "\n";
    const res2 = await client.query("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'classes'");
    output += JSON.stringify(res2.rows, null, 2) + "\n";

    fs.writeFileSync("debug_output.txt", output);
    console.log("Done writing to debug_output.txt");

    client.release();
  } catch (err) {
    console.error("Error:", err);
  } finally {
    pool.end();
  }
}

debugSchema();
