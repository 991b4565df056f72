// Source: Moamen-Tamer/coursehub-api — src/controller/authController.ts (tenantRegister), reduced by hand, not copied
// Label: safe
// Why: the sign-up route, which runs before any tenant exists and so outside the setTenantContext middleware, checks out its own client for the tenant-and-admin transaction; the bcrypt hash, BEGIN, both INSERTs and COMMIT are inside the try, the catch rolls back, and the finally releases
import type { Request, Response, NextFunction } from "express";
import bcrypt from "bcrypt";
import { pool } from "./pool.js";

export const tenantRegister = async (req: Request, res: Response, next: NextFunction) => {
  try {
    const emailExists = await pool.query("SELECT 1 FROM users WHERE email = $1", [req.body.email]);
    if ((emailExists.rowCount ?? 0) > 0) {
      const error = new Error("email already exists") as Error & { status?: number };
      error.status = 409;
      throw error;
    }

    const client = await pool.connect();
    try {
      const passwordHash = await bcrypt.hash(req.body.password, 10);
      await client.query("BEGIN");
      const tenant = await client.query("INSERT INTO tenants (name, slug) VALUES ($1, $2) RETURNING id", [
        req.body.name,
        req.body.slug,
      ]);
      const tenantId = tenant.rows[0].id;
      const admin = await client.query(
        "INSERT INTO users (tenant_id, email, password_hash, role) VALUES ($1, $2, $3, 'admin') RETURNING id",
        [tenantId, req.body.email, passwordHash],
      );
      await client.query("COMMIT");
      res.status(201).json({ message: "Tenant created successfully", tenantId, adminId: admin.rows[0].id });
    } catch (error) {
      await client.query("ROLLBACK");
      next(error);
    } finally {
      client.release();
    }
  } catch (error) {
    next(error);
  }
};
