// Source: prijindal/betro-server — src/scripts/migration.ts at b385219 (runMigration), reduced by hand, not copied
// Label: safe
// Why: the script awaits `pool.connect()` for nothing and never releases the client, but its finally calls `process.exit()` on every path, so nothing runs on while it is held (the same reading as apps/salsita-node-pg-migrate-issue-654-migrate-script.js)
import { migrate, loadMigrationFiles } from "postgres-migrations";
import pool from "./db/postgres";

const runMigration = async () => {
  await pool.connect();
  try {
    await loadMigrationFiles("migrations");
    await migrate({ client: pool }, "migrations");
  } catch (e) {
    console.error(e);
  } finally {
    process.exit();
  }
};

runMigration();
