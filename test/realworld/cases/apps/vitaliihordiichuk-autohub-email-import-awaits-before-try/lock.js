import { pool } from "./db.js";

// The checkout holding the run's advisory lock, or null when another run holds it.
export async function acquireRunLock() {
  const db = await pool.connect();
  try {
    const result = await db.query("SELECT pg_try_advisory_lock(hashtext('autohub'), hashtext('email-import')) AS locked");
    if (result.rows[0]?.locked !== true) {
      db.release();
      return null;
    }
    return db;
  } catch (error) {
    db.release();
    throw error;
  }
}

export async function releaseRunLock(db) {
  try {
    await db.query("SELECT pg_advisory_unlock(hashtext('autohub'), hashtext('email-import'))");
  } finally {
    db.release();
  }
}
