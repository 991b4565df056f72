// Source: VigilioYonatan/PORTAFOLIO — src/infrastructure/providers/database/database.module.ts (the PG_POOL provider's useFactory), reduced by hand, not copied
// Label: safe
// Why: the NestJS provider's connection check releases right after the checkout with nothing in between; a failed connect is logged and rethrown before any client exists
import { Pool } from "pg";
import { Logger } from "@nestjs/common";

const logger = new Logger("DatabaseModule");

export async function createPgPool(connectionString: string, production: boolean): Promise<Pool> {
  const pool = new Pool({
    connectionString,
    ...(production ? { ssl: { rejectUnauthorized: false } } : {}),
  });
  pool.on("error", (err) => logger.error("Unexpected error on idle client", err));

  try {
    const client = await pool.connect();
    client.release();
    logger.log("Database connected");
  } catch (error) {
    logger.error("Error connecting to the database", error);
    throw error;
  }
  return pool;
}
