// Source: cfegela/aws-lambda-node-react-postgres — backend/index.mjs (initializeDb), reduced by hand, not copied
// Label: safe
// Why: the Lambda's lazily made pool (`getPool()`, kept across warm invocations) lends a client for the CREATE TABLE, released in the finally
import pg from "pg";

const { Pool } = pg;

let pool;

function getPool() {
  if (!pool) {
    pool = new Pool({
      host: process.env.DB_HOST,
      port: parseInt(process.env.DB_PORT || "5432"),
      database: process.env.DB_NAME,
      user: process.env.DB_USER,
      password: process.env.DB_PASSWORD,
      max: 5,
      idleTimeoutMillis: 30000,
      ssl: { rejectUnauthorized: false },
    });
  }
  return pool;
}

async function initializeDb() {
  const client = await getPool().connect();
  try {
    await client.query(`
      CREATE TABLE IF NOT EXISTS items (
        id SERIAL PRIMARY KEY,
        name VARCHAR(255) NOT NULL
      )
    `);
  } finally {
    client.release();
  }
}

function response(statusCode, body) {
  return { statusCode, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
}

export const handler = async (event) => {
  try {
    await initializeDb();
    if (event.httpMethod === "GET") {
      const result = await getPool().query("SELECT * FROM items ORDER BY id");
      return response(200, result.rows);
    }
    return response(405, { error: "Method not allowed" });
  } catch (error) {
    console.error("Error:", error);
    return response(500, { error: "Internal server error" });
  }
};
