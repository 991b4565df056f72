// Source: AmitB298/optionlab-backend — src/index.js (start), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the boot migrations release the client only after the loop; a failing CREATE TABLE or lookup query jumps to the outer catch, which logs and lets the server start with the client still checked out
const express = require("express");

const app = express();

async function start() {
  try {
    const { Pool } = require("pg");
    const pool = new Pool({ connectionString: process.env.DATABASE_URL });
    const client = await pool.connect();
    await client.query("CREATE TABLE IF NOT EXISTS migrations_log (id SERIAL PRIMARY KEY, migration TEXT UNIQUE NOT NULL)");
    const steps = [
      { id: "m01_role", sql: "ALTER TABLE users ADD COLUMN IF NOT EXISTS role TEXT" },
      { id: "m02_email", sql: "ALTER TABLE users ADD COLUMN IF NOT EXISTS email TEXT" },
    ];
    for (const step of steps) {
      const { rows } = await client.query("SELECT id FROM migrations_log WHERE migration = $1", [step.id]);
      if (rows.length) continue;
      try {
        await client.query("BEGIN");
        await client.query(step.sql);
        await client.query("INSERT INTO migrations_log (migration) VALUES ($1)", [step.id]);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        console.warn("[db] skip", step.id, e.message);
      }
    }
    client.release();
    await pool.end();
  } catch (e) {
    console.error("[db]", e.message);
  }
  app.listen(process.env.PORT || 3000);
}

start();
