// Source: DEFRA/pafs-backend-api — src/plugins/database/postgres.js (the hapi plugin's start-up connection test), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up test releases after `SELECT 1` inside the try, not in a finally: when the query fails the catch logs and awaits `pool.end()`, which waits for the client nobody released
import pg from "pg";
import { buildRdsPoolConfig } from "./helpers/build-rds-pool-config.js";

const { Pool } = pg;

export const postgres = {
  plugin: {
    name: "postgres",
    version: "1.0.0",
    register: async function (server, options) {
      const pool = new Pool(buildRdsPoolConfig(server, options));

      pool.on("error", (err, client) => {
        server.logger.error({ err, clientId: client?.processID }, "Unexpected error on idle PostgreSQL client");
      });

      try {
        server.logger.info("Testing PostgreSQL connection...");
        const client = await pool.connect();
        await client.query("SELECT 1");
        client.release();
        server.logger.info("PostgreSQL connection test successful");
      } catch (err) {
        server.logger.error({ err }, "Failed to connect to PostgreSQL");
        await pool.end();
        throw err;
      }

      server.decorate("server", "pg", pool);
      server.decorate("request", "pg", () => pool, { apply: true });

      server.events.on("stop", async () => {
        await pool.end();
      });
    },
  },
};
