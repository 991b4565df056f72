// Source: DMisraa/Vix-Server — Services/signup.js at e6967fe (signup), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `ON CONFLICT DO NOTHING` returning no row leads to the 409 return, and a failed verification email to a DELETE and a 500 return, neither releasing; any throw (hashing, the INSERT, the mail call) also reaches the catch without a release
import bcrypt from "bcrypt";
import pool from "../db/db.js";
import { sendVerificationEmail } from "./emailVerification.js";

export async function signup(req, res) {
  const { email, fullName, password } = req.body;
  if (!email || !fullName || !password) {
    return res.status(400).json({ error: "All fields are required." });
  }

  try {
    const client = await pool.connect();
    const hashedPassword = await bcrypt.hash(password, 10);
    const result = await client.query(
      `INSERT INTO users (name, email, password, source, created_at, email_verified)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING RETURNING id, email`,
      [fullName, email, hashedPassword, "Manual", new Date(), false]
    );
    const user = result.rows[0];
    if (!user) {
      return res.status(409).json({ error: "Email already exists." });
    }

    const emailResult = await sendVerificationEmail(user.email, fullName);
    if (!emailResult.success) {
      await client.query(`DELETE FROM users WHERE id = $1`, [user.id]);
      return res.status(500).json({ error: "Failed to send verification email. Please try again." });
    }

    client.release();
    return res.status(201).json({ message: "User registered successfully.", requiresVerification: true, email: user.email });
  } catch (err) {
    console.error("Signup error:", err);
    return res.status(500).json({ error: "Server error during signup." });
  }
}
