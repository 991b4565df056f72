// Source: AlfonsoConejo/kitab-api — src/modules/auth/auth.controller.js at 82611ac (refresh, "Refresh function now detects reuse attacks"), reduced by hand, not copied
// Label: safe
// Why: the cookie check returns before any checkout; `client` is a `let` checked out inside the try after the JWT check, and the finally releases it whenever it was taken (`if (client)`), the reuse-attack COMMIT-and-return path included
import jwt from "jsonwebtoken";
import { pool } from "../../config/db.js";
import { hashToken } from "../../utils/hash.js";

export const refresh = async (req, res) => {
  const refreshToken = req.cookies.refreshToken;
  if (!refreshToken) {
    return res.status(401).json({ message: "No autorizado" });
  }
  const hashed = hashToken(refreshToken);

  let client;

  try {
    const data = jwt.verify(refreshToken, process.env.JWT_REFRESH_SECRET);
    client = await pool.connect();
    await client.query("BEGIN");
    const found = await client.query("SELECT rt.*, s.user_id FROM refresh_tokens rt JOIN sessions s ON s.id = rt.session_id WHERE rt.token_hash = $1 FOR UPDATE", [hashed]);
    if (found.rows.length === 0) {
      await client.query("ROLLBACK");
      return res.status(401).json({ message: "Refresh token inválido." });
    }
    const current = found.rows[0];
    if (current.is_used) {
      await client.query("UPDATE sessions SET is_active = false WHERE user_id = $1", [current.user_id]);
      await client.query("COMMIT");
      return res.status(401).json({ message: "Token inválido o reutilizado. Inicie sesión de nuevo." });
    }
    await client.query("UPDATE refresh_tokens SET is_used = true WHERE token_hash = $1", [hashed]);
    await client.query("COMMIT");
    const access = jwt.sign({ id: data.id }, process.env.JWT_ACCESS_SECRET, { expiresIn: "15m" });
    return res.cookie("accessToken", access, { httpOnly: true }).json({ ok: true });
  } catch (error) {
    if (client) {
      try {
        await client.query("ROLLBACK");
      } catch {}
    }
    return res.status(403).json({ message: "Refresh token inválido" });
  } finally {
    if (client) {
      client.release();
    }
  }
};
