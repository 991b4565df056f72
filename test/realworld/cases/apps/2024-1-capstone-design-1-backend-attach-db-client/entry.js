// Source: 2024-1-Capstone-Design-1/backend — src/middlewares/dbMiddleware.js (attachDbClient), reduced by hand, not copied
// Label: hand-over
// Why: the middleware stores the checkout on `req.dbClient`; releaseDbClient, later in the chain, releases it
import { pool } from "./db.js";
import logger from "../utils/logger.js";

async function attachDbClient(req, res, next) {
  try {
    req.dbClient = await pool.connect();
    return next();
  } catch (err) {
    logger.debug(`attachDbClient(middleware): ${err.message}`);
    return res.status(500).send("Internal Server Error");
  }
}

async function releaseDbClient(req, res, next) {
  if (req.dbClient) {
    req.dbClient.release();
  }
  return next();
}

export { attachDbClient, releaseDbClient };
