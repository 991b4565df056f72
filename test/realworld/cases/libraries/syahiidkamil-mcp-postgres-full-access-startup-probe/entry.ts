// Source: syahiidkamil/mcp-postgres-full-access — src/index.ts (main) and src/lib/utils.ts (safelyReleaseClient), reduced by hand, not copied
// Label: safe
// Why: a startup probe: the checkout is handed straight to the imported `safelyReleaseClient`, which releases it (its catch only logs a double release); only a `console.error` sits in between
import pg from "pg";
import { safelyReleaseClient } from "./utils.js";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

async function main() {
  pool.on("error", (err) => {
    console.error("Unexpected error on idle client", err);
    process.exit(1);
  });

  try {
    const client = await pool.connect();
    console.error("Successfully connected to database");
    safelyReleaseClient(client);

    await startServer();
  } catch (error) {
    console.error("Failed to start server:", error);
    process.exit(1);
  }
}

async function startServer() {}

main();
