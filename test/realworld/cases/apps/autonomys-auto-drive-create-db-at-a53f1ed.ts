// Source: autonomys/auto-drive — apps/backend/src/infrastructure/drivers/pg.ts at a53f1ed2 (createDB, as "fix: resolve memory leaks causing backend crashes" left it), reduced by hand, not copied
// Label: safe
// Why: the start-up check keeps the client it checks out and releases it on the next line, with nothing between that could throw
import pg from "pg";
import { settings } from "../../settings.js";
import { makeLogger } from "./logger.js";

let database: pg.Pool | undefined;

const log = makeLogger("drivers:pg");

const createDB = async (): Promise<pg.Pool> => {
  const pool = new pg.Pool({
    connectionString: settings.postgres.url,
    ...(process.env.ALLOW_SELF_SIGNED === "true" ? { ssl: { rejectUnauthorized: false } } : {}),
  });

  const probe = await pool.connect();
  probe.release();

  log.info("Connected to PostgreSQL at %s", settings.postgres.url);

  const plainQuery = pool.query.bind(pool);
  pool.query = ((...args: Parameters<typeof pool.query>) => {
    log.trace("SQL: %s", typeof args[0] === "string" ? args[0] : "<prepared>");
    return plainQuery(...args);
  }) as typeof pool.query;

  return pool;
};

export const getDatabase = async () => {
  if (!database) {
    database = await createDB();
  }
  return database;
};
