// Source: Jangarang/PERN-ChatApp-noORM — backend/src/db/db-init.ts at 79bcc98 (dbConnection), reduced by hand, not copied
// Label: safe
// Why: the chat app without an ORM runs on one dedicated `pg.Client` connected once at start-up (exit on failure) and shared by every query module; no pool checkout, nothing owed back
import pg from "pg";

const db = new pg.Client({
  host: process.env.DB_HOST,
  port: Number(process.env.DB_PORT),
  database: process.env.DB_NAME,
});

export const dbConnection = async () => {
  try {
    await db.connect();
    console.log("Connected to PostgreSQL");
  } catch (err) {
    console.error("Failed to connect to DB:", err);
    process.exit(1);
  }
};

export const dbSetup = async () => {
  try {
    await db.query("CREATE TYPE gender AS ENUM ('MALE', 'FEMALE', 'OTHER')");
  } catch (error: any) {
    console.log("gender type already created");
  }
  await db.query("CREATE TABLE IF NOT EXISTS messages (id TEXT PRIMARY KEY DEFAULT gen_random_uuid(), body TEXT NOT NULL)");
};

export default db;
