// Source: aditya808324/billing-sass-v2 — scripts/add_hsn_column.js (addHSNColumn), reduced by hand, not copied
// Label: safe
// Why: a one-column migration script (a DO block checking information_schema) connects inside its try and ends the client in the finally
import pg from "pg";
import dotenv from "dotenv";

dotenv.config();
const { Client } = pg;

const addHSNColumn = async () => {
  if (!process.env.DATABASE_URL) {
    console.error("DATABASE_URL is not set.");
    process.exit(1);
  }
  const client = new Client({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });
  try {
    await client.connect();
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name='products' AND column_name='hsn_code') THEN
        ALTER TABLE products ADD COLUMN hsn_code TEXT;
      END IF;
    END $$;`);
    console.log("hsn_code ensured");
  } catch (err) {
    console.error("Migration failed:", err);
  } finally {
    await client.end();
  }
};

addHSNColumn();
