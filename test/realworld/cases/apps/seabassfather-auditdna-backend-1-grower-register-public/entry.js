// Source: SeabassFather/auditdna-backend-1 — routes/grower-public-register.js at 172e6a99^ (POST /register-public, before "fix: rewrite grower register to use actual DB columns"), reduced by hand, not copied
// Label: safe
// Why: the try opens on the line after the checkout and its finally releases; the fallback INSERT returned from a `.catch` and the best-effort event INSERT are awaited before COMMIT, and the catch's early `return console.error(…)` still runs the finally
const express = require("express");
const bcrypt = require("bcryptjs");
const pool = require("./db");

const router = express.Router();

router.post("/register-public", async (req, res) => {
  const { companyLegal, contactName, contactEmail, commodities, region } = req.body;

  if (!companyLegal || !contactEmail) {
    return res.status(400).json({ error: "Company name and contact email are required" });
  }

  try {
    await pool.query("ALTER TABLE growers ADD COLUMN IF NOT EXISTS region VARCHAR(100)");
  } catch (altErr) {
    console.warn("[GROWER REGISTER] column migration warning:", altErr.message);
  }

  const client = await pool.connect();
  try {
    await client.query("BEGIN");

    const grower = await client.query(
      `INSERT INTO growers (company_name, email, commodities, region, status) VALUES ($1, $2, $3, $4, 'pending') RETURNING id`,
      [companyLegal, contactEmail, commodities || null, region || null],
    );
    const growerId = grower.rows[0].id;

    const hash = await bcrypt.hash(`Grower${growerId}#${new Date().getFullYear()}`, 10);
    await client
      .query(
        `INSERT INTO auth_users (email, password_hash, name, role, status, grower_id) VALUES ($1, $2, $3, 'grower', 'pending', $4)
         ON CONFLICT (email) DO UPDATE SET grower_id = $4, status = 'pending'`,
        [contactEmail, hash, contactName || companyLegal, growerId],
      )
      .catch(() => {
        return client.query(
          `INSERT INTO auth_users (email, password_hash, name, role, status) VALUES ($1, $2, $3, 'grower', 'pending')
           ON CONFLICT (email) DO UPDATE SET status = 'pending'`,
          [contactEmail, hash, contactName || companyLegal],
        );
      });

    await client
      .query(`INSERT INTO brain_events (type, payload, created_at) VALUES ('GROWER_REGISTRATION_SUBMITTED', $1, NOW())`, [
        JSON.stringify({ growerId, company: companyLegal }),
      ])
      .catch(() => {});

    await client.query("COMMIT");

    return res.json({ success: true, growerId });
  } catch (err) {
    await client.query("ROLLBACK");
    console.error("Grower public register error:", err.message);
    return console.error("[GROWER REGISTER ERROR]", err.message);
    res.status(500).json({ error: err.message });
  } finally {
    client.release();
  }
});

module.exports = router;
