// Source: RubenSousaDinis/base-indexer — src/db/setup.ts (initializeSchema), reduced by hand, not copied
// Label: safe
// Why: the existence check and the migrations run inside the try; the finally releases the client and ends the script's pool
import { Pool } from "pg";

declare function runMigrations(client: unknown): Promise<void>;
declare function createDatabase(): Promise<void>;

async function initializeSchema() {
  const pool = new Pool({
    host: process.env.POSTGRES_HOST,
    port: parseInt(process.env.POSTGRES_PORT || "5432"),
    database: process.env.POSTGRES_DB,
    user: process.env.POSTGRES_USER,
    password: process.env.POSTGRES_PASSWORD,
  });

  const client = await pool.connect();
  try {
    const { rows } = await client.query(
      "SELECT EXISTS (SELECT FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'migrations');",
    );

    if (!rows[0].exists) {
      console.log("Initializing database schema...");
      await runMigrations(client);
      console.log("Schema initialized successfully");
    } else {
      console.log("Database schema already exists, skipping initialization");
    }
  } finally {
    client.release();
    await pool.end();
  }
}

async function setup() {
  try {
    await createDatabase();
    await initializeSchema();
    console.log("Database setup completed successfully");
  } catch (error) {
    console.error("Database setup failed:", error);
    process.exit(1);
  }
}

setup();
