// Source: kishord82/factory_connect — apps/api/src/routes/auth.ts (POST /login, the factory-name lookup), reduced by hand, not copied
// Label: safe
// Why: the pool comes from `@fc/database` by its package name; BEGIN, SET LOCAL, the lookup and COMMIT run in a `try` whose `catch` rolls back (its own failure swallowed) and whose `finally` releases the client
import { Router } from "express";
import jwt from "jsonwebtoken";
import { getPool } from "@fc/database";

export const authRouter = Router();

authRouter.post("/login", async (req, res, next) => {
  try {
    const devUser = lookupDevUser(req.body.email, req.body.password);
    let factoryName = "Unknown";
    try {
      const pool = getPool();
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query("SET LOCAL app.current_tenant = $1", [devUser.factory_id]);
        const factoryResult = await client.query("SELECT id, factory_name, slug FROM factories WHERE id = $1", [devUser.factory_id]);
        await client.query("COMMIT");
        factoryName = factoryResult.rows[0]?.factory_name || "Unknown";
      } catch {
        await client.query("ROLLBACK").catch(() => {});
      } finally {
        client.release();
      }
    } catch {
      // the lookup is not needed to sign in
    }
    const token = jwt.sign({ sub: devUser.sub, factory_id: devUser.factory_id, factory_name: factoryName }, process.env.JWT_SECRET ?? "dev", { expiresIn: "8h" });
    res.json({ access_token: token, token_type: "Bearer" });
  } catch (err) {
    next(err);
  }
});

function lookupDevUser(email: string, password: string): { sub: string; factory_id: string } {
  if (!email || !password) throw new Error("Invalid email or password");
  return { sub: email, factory_id: "00000000-0000-0000-0000-000000000001" };
}
