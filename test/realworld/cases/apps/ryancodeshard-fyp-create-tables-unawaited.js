// Source: Ryancodeshard/FYP — src/db/migration/create_tables.js (create_tables), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the CREATE TABLE queries are sent without await and the function returns at once, so the finally releases the client with all of them still queued on it (and their errors go unhandled)
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: true });

const createTables = async () => {
  const client = await pool.connect();
  try {
    client.query("CREATE TABLE app_user (id SERIAL PRIMARY KEY, email TEXT NOT NULL)");
    client.query(
      "CREATE TABLE calendar (id SERIAL PRIMARY KEY, name TEXT NOT NULL, owner_id INTEGER REFERENCES app_user(id) ON DELETE CASCADE)"
    );
    client.query(
      "CREATE TABLE event (id SERIAL PRIMARY KEY, title TEXT NOT NULL, calendar_id INTEGER REFERENCES calendar(id) ON DELETE CASCADE)"
    );
    return "tables created";
  } catch (error) {
    console.log(error);
  } finally {
    client.release();
  }
};

module.exports = createTables;
