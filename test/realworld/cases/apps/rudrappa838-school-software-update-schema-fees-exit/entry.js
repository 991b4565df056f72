// Source: Rudrappa838/school-software — backend/update_schema_fees.js, reduced by hand, not copied
// Label: safe
// Why: a one-off schema script: the release follows the DDL with no finally, but every failure reaches a catch that ends the process with `process.exit(1)` (the inner try only swallows an ALTER that may already have run)
const { pool } = require("./db");

(async () => {
  try {
    const client = await pool.connect();
    try {
      await client.query("ALTER TABLE fee_structures ADD COLUMN type VARCHAR(20) DEFAULT 'CLASS_DEFAULT'");
    } catch (e) {
      console.log("Column might already exist:", e.message);
    }
    await client.query("CREATE TABLE IF NOT EXISTS student_fees (id SERIAL PRIMARY KEY, student_id INTEGER, fee_structure_id INTEGER)");
    client.release();
    console.log("Done.");
    process.exit(0);
  } catch (e) {
    console.error("Error:", e);
    process.exit(1);
  }
})();
