// Source: Rudrappa838/school-software — backend/src/server.js (startServer), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up migrations run on the checked-out client and the release comes after them, outside any finally; when a migration fails the catch schedules another start, leaving this client checked out (one more each retry)
const express = require("express");
const { pool } = require("./db");

const app = express();
const PORT = process.env.PORT || 5000;

const startServer = async () => {
  try {
    const client = await pool.connect();
    console.log("Connected to PostgreSQL database");

    await client.query("ALTER TABLE expenditures ADD COLUMN IF NOT EXISTS transaction_id VARCHAR(100)");
    const check = await client.query("SELECT to_regclass('public.users')");
    if (!check.rows[0].to_regclass) {
      const { createTables } = require("./initDb");
      await createTables(client);
    }

    client.release();

    app.listen(PORT, () => console.log(`Server running on port ${PORT}`));
  } catch (error) {
    console.error("Database connection failed:", error.message);
    setTimeout(startServer, 5000);
  }
};

startServer();
