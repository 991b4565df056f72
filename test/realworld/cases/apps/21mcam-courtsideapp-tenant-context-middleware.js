// Source: 21mcam/courtsideapp — src/db/withTenantContext.js (withTenantContext), reduced by hand, not copied
// Label: hand-over
// Why: the client goes to `req.db` for the routes; `finalize` (COMMIT or ROLLBACK, then release in its finally) runs from the patched `res.end`, from the response's `close` event, and from the catch when BEGIN fails
import { pool } from "./pool.js";

export async function withTenantContext(req, res, next) {
  if (!req.tenant?.id) {
    return next(new Error("withTenantContext requires req.tenant"));
  }

  let client;
  try {
    client = await pool.connect();
  } catch (err) {
    return next(err);
  }

  let finalized = false;
  const finalize = async (commit) => {
    if (finalized) return;
    finalized = true;
    try {
      await client.query(commit ? "COMMIT" : "ROLLBACK");
    } catch (err) {
      console.error(commit ? "COMMIT failed:" : "ROLLBACK failed:", err);
    } finally {
      client.release();
    }
  };

  const origEnd = res.end.bind(res);
  res.end = function patchedEnd(...args) {
    if (finalized) return origEnd(...args);
    const shouldCommit = res.statusCode < 400;
    (async () => {
      await finalize(shouldCommit);
      origEnd(...args);
    })();
    return res;
  };

  res.on("close", () => {
    if (!finalized) {
      void finalize(false);
    }
  });

  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.current_tenant_id', $1, true)", [req.tenant.id]);
    req.db = client;
    next();
  } catch (err) {
    await finalize(false);
    next(err);
  }
}
