// Source: diploi/nextjs-postgresql-template — initialProject/lib/seedDatabase.js (initializeWithRetry), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the hosting template's seed script "tests the connection" with a bare `await conn.connect()` on its pg Pool and drops the client it resolves to; it stays checked out while the seed queries run on other clients, and is never released
const { Pool } = require("pg");
const sql = require("sql-template-strings");

const conn = new Pool({ host: process.env.POSTGRES_HOST, database: process.env.POSTGRES_DB });

const query = async (statement) => {
  try {
    return (await conn.query(statement)).rows;
  } catch (error) {
    throw new Error(`DB error: ${error.message}`);
  }
};

const initializeDatabase = async () => {
  try {
    await query(sql`CREATE TABLE IF NOT EXISTS todo (id SERIAL PRIMARY KEY, name TEXT NOT NULL)`);
  } catch (createError) {
    console.log(new Date().toISOString(), "Error initializing database", createError);
  }
};

const initializeWithRetry = async (retryCount = 0) => {
  try {
    await conn.connect();
    await initializeDatabase();
    process.exit();
  } catch (error) {
    console.error(new Date().toISOString(), "Error connecting to database:", error.message);
    if (retryCount < 5) {
      setTimeout(() => initializeWithRetry(retryCount + 1), 5000);
    } else {
      process.exit(1);
    }
  }
};

initializeWithRetry();
