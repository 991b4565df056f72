// Source: DMisraa/Vix-Server — Services/login.js at e6967fe (login), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Express login handler releases by hand before each of its three returns, but the user query, `bcrypt.compare` and `jwt.sign` can all throw into a catch that only answers 500, leaving the client checked out
import jwt from "jsonwebtoken";
import bcrypt from "bcrypt";
import pool from "../db/db.js";

export async function login(req, res) {
  const { email, password } = req.body;
  if (!email || !password) {
    return res.status(400).json({ error: "Email and password are required." });
  }

  try {
    const client = await pool.connect();
    const result = await client.query(
      `SELECT id, name, email, password, email_verified FROM users WHERE email = $1`,
      [email]
    );
    const user = result.rows[0];

    if (!user) {
      client.release();
      return res.status(401).json({ error: "Wrong email or password." });
    }

    const isPasswordValid = await bcrypt.compare(password, user.password);
    if (!isPasswordValid) {
      client.release();
      return res.status(401).json({ error: "Wrong email or password." });
    }

    const emailVerified = user.email_verified === true;
    const jwtToken = jwt.sign({ name: user.name, email: user.email, email_verified: emailVerified }, process.env.JWT_SECRET, {
      expiresIn: "7d",
    });
    res.cookie("jwtToken", jwtToken, { httpOnly: true, path: "/", maxAge: 7 * 24 * 60 * 60 * 1000 });

    client.release();
    return res.status(200).json({ message: "Login successful.", user: { name: user.name, email: user.email } });
  } catch (err) {
    console.error("Login error:", err);
    return res.status(500).json({ error: "Server error during login." });
  }
}
