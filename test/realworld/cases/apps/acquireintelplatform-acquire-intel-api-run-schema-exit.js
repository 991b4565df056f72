// Source: Acquireintelplatform/acquire-intel-api — runSchema.js (top-level async IIFE), reduced by hand, not copied
// Label: safe
// Why: a one-off script: the release follows the schema query inside the try, and when the query fails the catch ends the process with `process.exit(1)`, so nothing is left holding the client
const fs = require("fs");
const path = require("path");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const schemaSQL = fs.readFileSync(path.join(__dirname, "schema.sql"), "utf8");

(async () => {
  try {
    console.log("Connecting to database...");
    const client = await pool.connect();
    console.log("Executing schema.sql...");
    await client.query(schemaSQL);
    console.log("Schema loaded");
    client.release();
    process.exit(0);
  } catch (err) {
    console.error("ERROR loading schema:", err);
    process.exit(1);
  }
})();
