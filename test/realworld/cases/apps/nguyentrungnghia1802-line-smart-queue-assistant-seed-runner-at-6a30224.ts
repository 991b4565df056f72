// Source: nguyentrungnghia1802/LINE_Smart_Queue_Assistant — db/seeds/index.ts at 6a30224 (main, "chore: checkpoint before admin role baseline", which moved the seed runner from a dedicated Client to a pool checkout), reduced by hand, not copied
// Label: safe
// Why: the seed runner's eight seeds run inside BEGIN/COMMIT on one checkout; the catch awaits ROLLBACK and sets the exit code, and the finally releases the client before ending the pool
import { Pool } from "pg";
import path from "node:path";
import dotenv from "dotenv";
import { seed as seedOrganizations } from "./001_organizations";
import { seed as seedUsers } from "./002_users";
import { seed as seedQueues } from "./005_queues";
import { seed as seedOrders } from "./006_orders_and_queue_entries";

dotenv.config({ path: path.resolve(__dirname, "../../.env") });

const databaseUrl = process.env.DATABASE_URL;

if (!databaseUrl) {
  throw new Error("DATABASE_URL is required to run seeds");
}

const pool = new Pool({ connectionString: databaseUrl });

async function main(): Promise<void> {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");

    console.log("[seed] 001 — organizations");
    await seedOrganizations(client);
    console.log("[seed] 002 — users");
    await seedUsers(client);
    console.log("[seed] 005 — queues");
    await seedQueues(client);
    console.log("[seed] 006 — orders and queue entries");
    await seedOrders(client);

    await client.query("COMMIT");
    console.log("[seed] All seeds completed successfully.");
  } catch (error) {
    await client.query("ROLLBACK");
    console.error("[seed] Failed. Rolled back.");
    console.error(error);
    process.exitCode = 1;
  } finally {
    client.release();
    await pool.end();
  }
}

void main();
