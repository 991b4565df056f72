// Source: spoonpaw/simple-message-board — src/lib/server/auth.ts (validateUser), reduced by hand, not copied
// Label: safe
// Why: the checkout sits inside an outer try/catch; its own try returns null or the user from inside and releases in finally
import jwt from "jsonwebtoken";
import { pool } from "$lib/server/db/pool";

export async function validateUser(token: string, secret: string) {
  try {
    const decoded = jwt.verify(token, secret);
    if (typeof decoded !== "object" || decoded === null) {
      return null;
    }
    const client = await pool.connect();
    try {
      const found = await client.query("SELECT id, username, banned FROM users WHERE id = $1", [decoded.userId]);
      if (found.rowCount === 0) {
        return null;
      }
      const user = found.rows[0];
      if (user.banned) {
        return null;
      }
      return { id: user.id, username: user.username };
    } finally {
      client.release();
    }
  } catch (err) {
    console.error("token check failed", err);
    return null;
  }
}
