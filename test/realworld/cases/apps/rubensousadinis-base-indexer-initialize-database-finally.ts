// Source: RubenSousaDinis/base-indexer — src/db/index.ts (initializeDatabase, with the file's getClient), reduced by hand, not copied
// Label: safe
// Why: the client from the file's getClient is released in the finally on every path (the migrations run inside the try, ROLLBACK in the catch); it is returned to the caller only after that release
import { Pool } from "pg";

// a pool of 60 sized for the indexer workers
const pool = new Pool({
  host: process.env.POSTGRES_HOST,
  port: parseInt(process.env.POSTGRES_PORT || "5432"),
  database: process.env.POSTGRES_DB,
  user: process.env.POSTGRES_USER,
  password: process.env.POSTGRES_PASSWORD,
  ssl: { rejectUnauthorized: false },
  max: 60,
  idleTimeoutMillis: 30000,
  connectionTimeoutMillis: 10000,
});

pool.on("error", (err) => {
  console.error("Unexpected error on idle client", err);
});

// Get a client from the pool
export async function getClient() {
  const client = await pool.connect();
  return client;
}

declare function runMigrations(client: unknown): Promise<void>;

// Initialize database
export async function initializeDatabase() {
  const client = await getClient();
  try {
    const { rows } = await client.query(
      "SELECT EXISTS (SELECT FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'migrations');",
    );

    if (!rows[0].exists) {
      await client.query("BEGIN");
      await runMigrations(client);
      console.log("Database initialized successfully");
      await client.query("COMMIT");
    } else {
      console.log("Database already initialized, skipping migrations");
    }
    return client; // Return the client for the caller to manage
  } catch (error) {
    await client.query("ROLLBACK");
    console.error("Failed to initialize database:", error);
    throw error;
  } finally {
    client.release();
  }
}
