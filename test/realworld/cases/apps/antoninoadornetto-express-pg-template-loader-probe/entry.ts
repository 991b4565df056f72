// Source: AntoninoAdornetto/express-pg-template — src/loaders/index.ts at a386896 (the default loader; unchanged by d8c3c66 "[FIX] resolved server start up bug"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the loader awaits `pool.connect()` to log "DB loaded and connected" and drops the client, so every app built from the template starts with one connection checked out for good
import express from "express";
import expressLoader from "./express";
import pool from "./postgres";
import logger from "./logger";

export default async (expressApp: express.Application) => {
  await pool.connect();
  logger.info("DB loaded and connected");

  expressLoader({ app: expressApp });
  logger.info("Express loaded");
};
