// Source: felipemotarocha/fullstackclub-finance-dashboard-api — src/db/postgres/migrations/exec.js at 98b00e5 (execMigrations), reduced by hand, not copied
// Label: safe
// Why: reading the SQL file, logging it and running it all sit in the try; the catch only logs and the finally releases
import "dotenv/config.js";
import fs from "fs";
import path from "path";
import { fileURLToPath } from "url";
import { pool } from "./helper.js";

const __dirname = path.dirname(fileURLToPath(import.meta.url));

const execMigrations = async () => {
  const client = await pool.connect();

  try {
    const filePath = path.join(__dirname, "01-init.sql");
    const script = fs.readFileSync(filePath, "utf-8");

    console.log(script);

    await client.query(script);

    console.log("Migrations executed successfully.");
  } catch (error) {
    console.error(error);
  } finally {
    await client.release();
  }
};

execMigrations();
