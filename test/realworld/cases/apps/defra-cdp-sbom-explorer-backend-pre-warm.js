// Source: DEFRA/cdp-sbom-explorer-backend — src/plugins/postgres.js (preWarm, called from the hapi plugin's register), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: each warm-up checkout returns its client to Promise.all, which rejects at the first failed connect or SELECT 1; the clients the other callbacks already got are then never released (only the failing one is, with release(true)), and register rethrows
import Pool from "pg-pool";

async function preWarm(pool, count) {
  const clients = await Promise.all(
    Array.from({ length: count }, async () => {
      const client = await pool.connect();
      try {
        await client.query("SELECT 1");
        return client;
      } catch (err) {
        client.release(true);
        throw err;
      }
    }),
  );

  clients.forEach((client) => client.release());
}

export const postgres = {
  plugin: {
    name: "postgres",
    version: "0.0.0",
    register: async function (server, options) {
      const poolConfig = {
        user: options.user,
        host: options.host,
        database: options.database,
        max: options.pool.max,
        min: options.pool.min,
      };
      const pool = new Pool(poolConfig);
      pool.on("error", (err) => server.logger.error(err));

      await preWarm(pool, poolConfig.min);

      server.decorate("server", "pg", pool);
      server.decorate("request", "pg", pool);
      server.events.on("stop", async () => {
        await pool.end();
      });
    },
  },
};
