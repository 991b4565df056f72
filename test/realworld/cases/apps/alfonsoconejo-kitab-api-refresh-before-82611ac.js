// Source: AlfonsoConejo/kitab-api — src/modules/auth/auth.controller.js at 82611ac^ (refresh), reduced by hand, not copied
// Label: safe
// Why: the checkout is taken before the try, but every early `return res.status(401)` (no cookie, unknown or expired token) and the failing-JWT catch leave through the finally that releases
import jwt from "jsonwebtoken";
import { pool } from "../../config/db.js";
import { hashToken } from "../../utils/hash.js";

export const refresh = async (req, res) => {
  const client = await pool.connect();

  try {
    const refreshToken = req.cookies.refreshToken;
    if (!refreshToken) {
      return res.status(401).json({ message: "Refresh token no encontrado" });
    }
    const hashed = hashToken(refreshToken);
    const data = jwt.verify(refreshToken, process.env.JWT_REFRESH_SECRET);

    await client.query("BEGIN");
    const found = await client.query("SELECT rt.*, s.id AS session_id FROM refresh_tokens rt JOIN sessions s ON s.id = rt.session_id WHERE rt.token_hash = $1", [hashed]);
    if (found.rows.length === 0) {
      await client.query("ROLLBACK");
      return res.status(401).json({ message: "Refresh token inválido." });
    }
    await client.query("UPDATE refresh_tokens SET is_revoked = true WHERE token_hash = $1", [hashed]);
    await client.query("COMMIT");

    const access = jwt.sign({ id: data.id }, process.env.JWT_ACCESS_SECRET, { expiresIn: "15m" });
    return res.cookie("accessToken", access, { httpOnly: true }).json({ ok: true });
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch {}
    return res.status(403).json({ message: "Refresh token inválido" });
  } finally {
    client.release();
  }
};
