import { createDbPool } from "@tartware/config/db";
import { config } from "./config.js";

const db = createDbPool(config.db, console);

export const { pool, query, withTransaction } = db;
