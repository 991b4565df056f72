// Source: GregoryLAIGNEAU/docker-express-postgres-boilerplate — utilities/redisUtility.mjs, reduced by hand, not copied
// Label: safe
// Why: node-redis `createClient(…).connect()` awaited at module top level, not a pg checkout
import { createClient } from "redis";

import { redisConfig } from "#config/redisConfig.mjs";
import { logger } from "./loggerUtility.mjs";

export const redisClient = createClient(redisConfig);

redisClient.on("error", (error) => logger.error("Redis client error", error));

try {
  await redisClient.connect();
} catch (error) {
  logger.error("Failed to connect to Redis", error);
}
