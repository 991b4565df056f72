// Source: tobspr/fastify-postgres — plugin.js at d961f6d (postgresDbConnector's start-up check, "Fix async errors causing crashes"), reduced by hand, not copied
// Label: safe
// Why: the plugin checks one client out to prove the database answers and releases it on the next statement; a failed connect logs and exits the process, with no client to give back
import pg from "pg";
import fastifyPlugin from "fastify-plugin";
import { Database } from "./database";

async function postgresDbConnector(fastify, options) {
  const logger = options.logger || fastify.log;
  const decoratorName = options.decoratorName || "db";
  const requestDecorator = options.requestDecorator || "dbClient";

  const pool = new pg.Pool({
    connectionString: options.url,
    connectionTimeoutMillis: options.connectionTimeout || 5000,
    max: options.maxClients || 20,
  });

  pool.on("error", (err) => {
    logger.error("Unexpected error on idle client:", { error: err.message });
  });

  logger.info("Connecting to database");
  let client = null;
  try {
    client = await pool.connect();
  } catch (err) {
    logger.error("Failed to connect:", { error: err });
    process.exit(-1);
    return;
  }
  await client.release();

  const database = new Database(fastify, { logger, pool, requestDecorator });
  database.registerHooks();
  fastify.decorate(decoratorName, database);
}

export default fastifyPlugin(postgresDbConnector);
