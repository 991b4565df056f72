// Source: fraternity25/nextjs-postgresql-crud — scripts/backupDB.js (backupDatabase), reduced by hand, not copied
// Label: safe
// Why: a CLI script: the query and the file write run in a try whose finally releases the client, then ends the pool
import "dotenv/config";
import fs from "fs/promises";
import pool from "../lib/db.js";

async function backupDatabase() {
  const client = await pool.connect();

  try {
    console.log("Creating database backup...");
    const result = await client.query("SELECT get_all_table_data() AS backup_data");
    const backupData = result.rows[0].backup_data;
    const filename = `backup-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
    await fs.writeFile(filename, JSON.stringify(backupData, null, 2));
    console.log(`Backup created: ${filename}`);
    return filename;
  } catch (error) {
    console.error("Backup error:", error);
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
}

backupDatabase().catch(() => process.exit(1));
