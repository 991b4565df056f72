// Source: BeaverSolutions/The-Dam-V2 — server/middleware/tenantScope.js (tenantScope, after db78b524 "tenantScope safety-release timer to prevent connection leak"), reduced by hand, not copied
// Label: hand-over
// Why: after BEGIN and set_config (inside the try whose catch releases), the client's release is handed to the response's finish/close events and a 120 s safety timer, all through releaseClient(), which releases once
"use strict";

const logger = require("../utils/logger");
const pool = require("../db/pool");

async function tenantScope(req, res, next) {
  let client;
  let released = false;
  let safetyTimer = null;

  function releaseClient(mode) {
    if (released) return;
    released = true;
    if (safetyTimer) clearTimeout(safetyTimer);
    const op = mode === "rollback" ? "ROLLBACK" : "COMMIT";
    client
      .query(op)
      .catch((err) => logger.warn({ msg: `tenantScope ${op} failed`, err: err.message }))
      .finally(() => client.release());
  }

  try {
    client = await pool.connect();
    await client.query("BEGIN");
    await client.query("SELECT set_config($1, $2, true)", ["app.current_client_id", req.clientId]);
    req.tenantDb = { query: (...args) => client.query(...args) };
    res.on("finish", () => releaseClient("commit"));
    res.on("close", () => releaseClient("rollback"));
    safetyTimer = setTimeout(() => {
      logger.warn({ msg: "tenantScope safety release", path: req.path });
      releaseClient("rollback");
    }, 120000);
    next();
  } catch (err) {
    if (client) releaseClient("rollback");
    logger.error({ msg: "tenantScope connection failed", err: err.message });
    return res.status(503).json({ error: "Service temporarily unavailable", code: "DB_UNAVAILABLE" });
  }
}

module.exports = tenantScope;
