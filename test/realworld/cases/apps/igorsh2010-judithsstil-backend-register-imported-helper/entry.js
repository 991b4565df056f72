// Source: IgorSh2010/judithsstil-backend — controllers/authController.js (register), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client comes from getClientPool (imported from ../middleware/ClientPool.js, which returns its `pool.connect()`); the missing-fields check returns a 400 before the try whose finally releases
import bcrypt from "bcrypt";
import { getClientPool } from "./ClientPool.js";

export const register = async (req, res) => {
  const { email, password, tenant } = req.body;
  const client = await getClientPool();

  if (!email || !password) {
    return res.status(400).json({ message: "missing email or password" });
  }

  try {
    const existing = await client.query("SELECT id FROM users WHERE email = $1 AND tenant = $2", [email, tenant]);
    if (existing.rows.length > 0) {
      return res.status(400).json({ message: "user exists" });
    }
    const hashed = await bcrypt.hash(password, 10);
    const result = await client.query("INSERT INTO users (email, password, tenant) VALUES ($1, $2, $3) RETURNING id", [email, hashed, tenant]);
    res.status(201).json({ user: result.rows[0] });
  } catch (err) {
    console.error(err);
    res.status(500).json({ message: "server error" });
  } finally {
    client.release();
  }
};
