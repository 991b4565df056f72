// Source: anucha-tk/elysia-postgresql-starter — src/common/db/index.ts (module start-up probe of the Elysia app on Bun, at a633a02), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: at import the module calls `pool.connect()` and its `.then` only logs: the checked-out client is never released and stays out of the pool for the life of the process, beside the drizzle instance built on the same pool
import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import Logger from "../logger/logger";
import * as schema from "./schema";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

pool
  .connect()
  .then(() => Logger.info("Connected to PostgreSQL / PostGIS"))
  .catch((err) => Logger.error("DB connection error:", err));

export const db = drizzle(pool, { schema });
