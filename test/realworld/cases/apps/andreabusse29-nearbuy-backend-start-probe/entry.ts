// Source: AndreaBusse29/NearBuy-backend — src/index.ts at d010717 (main), reduced by hand, not copied
// Label: safe
// Why: the start-up probe checks a client out and releases it two lines later with only a `console.log` between; a failing checkout or init lands in the catch, which exits the process
import { pool } from "./pool";
import { initializeDatabase, displayDatabaseStats } from "./init";

async function main() {
  try {
    console.log("Starting NearBuy Backend...");
    const client = await pool.connect();
    console.log("Database connected successfully");
    client.release();

    await initializeDatabase();
    await displayDatabaseStats();
  } catch (error) {
    console.error("Failed to start application:", error);
    process.exit(1);
  }
}

process.on("SIGTERM", async () => {
  await pool.end();
  process.exit(0);
});

main();
