// Source: DMisraa/Vix-Server — Services/googleAuth.js at e6967fe (googleAuth), reduced by hand, not copied
// Label: safe
// Why: the client is checked out before the call to Google's userinfo endpoint and held across it (a slow network call with a pool slot taken), but the try starts right after the checkout and its finally releases on every path, the early 400 included
import jwt from "jsonwebtoken";
import fetch from "node-fetch";
import pool from "../db/db.js";

export async function googleAuth(req, res) {
  const client = await pool.connect();

  try {
    const { accessToken } = req.body;
    const googleUserInfo = await fetch(`https://www.googleapis.com/oauth2/v1/userinfo?alt=json&access_token=${accessToken}`);
    const googleData = await googleUserInfo.json();

    if (!googleData.id) {
      return res.status(400).json({ message: "Invalid Google token" });
    }

    const existing = await client.query(`SELECT * FROM users WHERE google_id = $1`, [googleData.id]);
    const isNewUser = existing.rows.length === 0;
    if (isNewUser) {
      await client.query(
        `INSERT INTO users (google_id, name, email, created_at, source, email_verified) VALUES ($1, $2, $3, $4, $5, $6)`,
        [googleData.id, googleData.name, googleData.email, new Date(), "Google", true]
      );
    }

    const jwtToken = jwt.sign({ name: googleData.name, email: googleData.email }, process.env.JWT_SECRET, { expiresIn: "7d" });
    res.cookie("jwtToken", jwtToken, { httpOnly: true, path: "/" });
    res.json({ message: "User authenticated", success: true, isNewUser });
  } catch (error) {
    console.error("Auth error:", error);
    res.status(500).json({ message: "Internal Server Error" });
  } finally {
    client.release();
  }
}
