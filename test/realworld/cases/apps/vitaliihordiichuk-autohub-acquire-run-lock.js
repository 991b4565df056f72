// Source: VitaliiHordiichuk/autohub — src/repositories/AutomaticTranslationRepository.js (acquireRunLock), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout is handed to the caller only after the awaited `pg_try_advisory_lock` query; when that query rejects the client is neither released nor returned
import { pool } from "../config/db.js";

export const AutomaticTranslationRepository = {
  async acquireRunLock() {
    const db = await pool.connect();

    const result = await db.query("SELECT pg_try_advisory_lock(hashtext($1), hashtext($2)) AS locked", ["autohub", "translations"]);

    if (result.rows[0]?.locked !== true) {
      db.release();
      return null;
    }

    return db;
  },

  async releaseRunLock(db) {
    if (!db) {
      return;
    }
    try {
      await db.query("SELECT pg_advisory_unlock(hashtext($1), hashtext($2))", ["autohub", "translations"]);
    } finally {
      db.release();
    }
  },
};
