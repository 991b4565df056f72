// Source: Vyshnavichakkapalli/Multi-Tenant-SaaS-Platform-with-Project-Task-Management-23A91A1274 — backend/src/controllers/auth.controller.js at 55d6aa7 (registerTenant), reduced by hand, not copied
// Label: safe
// Why: tenant registration validates before the checkout, then runs its transaction with two ROLLBACK-and-return conflict checks inside the try; the catch rolls back and answers 500, the finally releases
const bcrypt = require("bcrypt");
const crypto = require("crypto");
const pool = require("../config/db");

exports.registerTenant = async (req, res) => {
  const { tenantName, subdomain, adminEmail, adminPassword, adminFullName } = req.body;
  if (!tenantName || !subdomain || !adminEmail || !adminPassword || !adminFullName) {
    return res.status(400).json({ success: false, message: "All fields are required" });
  }

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const taken = await client.query("SELECT 1 FROM tenants WHERE subdomain = $1", [subdomain]);
    if (taken.rowCount > 0) {
      await client.query("ROLLBACK");
      return res.status(409).json({ success: false, message: "Subdomain already exists" });
    }

    const tenantId = crypto.randomUUID();
    await client.query(
      `INSERT INTO tenants (id, name, subdomain, status, subscription_plan) VALUES ($1, $2, $3, 'active', 'free')`,
      [tenantId, tenantName, subdomain]
    );
    const emailTaken = await client.query("SELECT 1 FROM users WHERE tenant_id = $1 AND email = $2", [tenantId, adminEmail]);
    if (emailTaken.rowCount > 0) {
      await client.query("ROLLBACK");
      return res.status(409).json({ success: false, message: "Email already exists in this tenant" });
    }

    const passwordHash = await bcrypt.hash(adminPassword, 10);
    const adminId = crypto.randomUUID();
    await client.query(
      `INSERT INTO users (id, tenant_id, email, password_hash, full_name, role) VALUES ($1, $2, $3, $4, $5, 'tenant_admin')`,
      [adminId, tenantId, adminEmail, passwordHash, adminFullName]
    );
    await client.query("COMMIT");
    return res.status(201).json({ success: true, data: { tenantId, subdomain, adminUser: { id: adminId } } });
  } catch (err) {
    await client.query("ROLLBACK");
    console.error(err);
    return res.status(500).json({ success: false, message: "Internal server error" });
  } finally {
    client.release();
  }
};
