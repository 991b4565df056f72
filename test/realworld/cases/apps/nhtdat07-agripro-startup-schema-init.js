// Source: nhtdat07/AgriPro — backend/db.js at 7434b44 (module scope), reduced by hand, not copied
// Label: safe
// Why: an agri-supply back-end (its inventory cron job shares this pool) creates the pool once on `globalThis` and, at start-up, checks one client out to create the schema, releasing it in the finally of the `.then` callback
import pkg from "pg";
import { createTableUserAgency } from "./db/schema/generated/user_agency.up.js";
import { createTableConfiguration } from "./db/schema/generated/config.up.js";

const { Pool } = pkg;

async function initSchema(client) {
  await createTableUserAgency(client);
  await createTableConfiguration(client);
}

if (!globalThis.dbPool) {
  globalThis.dbPool = new Pool({ connectionString: process.env.DATABASE_URL });

  globalThis.dbPool
    .connect()
    .then(async (client) => {
      try {
        console.log("Connected to the database");
        await initSchema(client);
      } finally {
        client.release();
      }
    })
    .catch((err) => console.error("Error during DB initialization:", err));
}

export const pool = globalThis.dbPool;
