// Source: Aleksey341/Parser_Autonomera — load-csv.js at 166129d (loadCSV), reduced by hand, not copied
// Label: safe
// Why: the CSV loader holds one client for the whole import (a transaction around a per-row INSERT loop whose errors are counted and swallowed); its finally releases the client and ends the pool on every path, the early return for an empty file included
const { Pool } = require("pg");
const fs = require("fs");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

function parseCSV(file) {
  const lines = fs.readFileSync(file, "utf-8").split("\n").filter(Boolean);
  const headers = lines[0].split(";");
  return lines.slice(1).map((line) => {
    const values = line.split(";");
    const row = {};
    headers.forEach((h, i) => { row[h.trim()] = values[i] ? values[i].trim() : null; });
    return row;
  });
}

async function loadCSV() {
  const client = await pool.connect();

  try {
    const rows = parseCSV(process.argv[2]);
    if (rows.length === 0) {
      console.log("empty CSV");
      return;
    }

    await client.query("BEGIN");
    let inserted = 0;
    let failed = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      try {
        await client.query(
          "INSERT INTO listings (nomer, price, region, url, loaded_at) VALUES ($1, $2, $3, $4, NOW())",
          [row.nomer || null, row.price ? parseInt(row.price) : null, row.region || null, row.url || null]
        );
        inserted++;
      } catch (error) {
        failed++;
        console.error(`row ${i + 1}:`, error.message);
      }
    }
    await client.query("COMMIT");
    const result = await client.query("SELECT COUNT(*) AS total FROM listings");
    console.log(inserted, failed, result.rows[0].total);
  } catch (error) {
    await client.query("ROLLBACK");
    console.error("load failed:", error.message);
  } finally {
    client.release();
    await pool.end();
  }
}

loadCSV().catch((error) => {
  console.error("fatal:", error);
  process.exit(1);
});
