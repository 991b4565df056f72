// Source: DEFRA/bng-metric-backend — src/plugins/postgres.js (the hapi plugin's register, start-up check), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up check releases after `SELECT 1 AS ok` inside the try, not in a finally: when the query fails the catch logs and rethrows, so register fails with the client still checked out of the pg-pool pool
import Pool from "pg-pool";
import { createDrizzle } from "../db/index.js";

export const postgres = {
  plugin: {
    name: "postgres",
    version: "1.0.0",
    register: async function (server, options) {
      const pool = new Pool({
        host: options.host,
        port: options.port,
        user: options.user,
        password: () => options.localPassword,
        database: options.database,
        max: 10,
      });

      pool.on("error", (error) => {
        server.logger.error(`Postgres pool error: ${error.message}`);
      });

      try {
        const client = await pool.connect();
        const result = await client.query("SELECT 1 AS ok");
        client.release();
        server.logger.info(`Postgres connected to '${options.database}' (verified: ${result.rows[0].ok === 1})`);
      } catch (error) {
        server.logger.error(`Postgres failed to connect to '${options.database}': ${error.message}`);
        throw error;
      }

      const db = createDrizzle(pool);
      server.decorate("server", "pg", pool);
      server.decorate("request", "pg", pool);
      server.decorate("server", "drizzle", db);
      server.decorate("request", "drizzle", db);
    },
  },
};
