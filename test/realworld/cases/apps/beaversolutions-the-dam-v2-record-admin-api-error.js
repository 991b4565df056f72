// Source: BeaverSolutions/The-Dam-V2 — server/middleware/errorHandler.js (recordAdminApiError), reduced by hand, not copied
// Label: safe
// Why: the checkout is taken with `.then(async client => …)` whose try/catch/finally releases it; a failed connect goes to the chained `.catch` with no client to release
"use strict";

const logger = require("../utils/logger");
const pool = require("../db/pool");

function recordAdminApiError({ traceId, err, req, statusCode, code }) {
  const message = String(err.message || "Internal server error").slice(0, 1000);
  const path = String(req.originalUrl || req.url || "").slice(0, 500);

  pool
    .connect()
    .then(async (client) => {
      try {
        await client.query("INSERT INTO admin_api_errors (trace_id, path, status_code, code, message) VALUES ($1, $2, $3, $4, $5)", [
          traceId,
          path,
          statusCode,
          code,
          message,
        ]);
      } catch (recordErr) {
        logger.warn({ msg: "Failed to record admin API error", err: recordErr.message, traceId });
      } finally {
        client.release();
      }
    })
    .catch((recordErr) => {
      logger.warn({ msg: "Failed to connect for admin API error record", err: recordErr.message, traceId });
    });
}

module.exports = { recordAdminApiError };
