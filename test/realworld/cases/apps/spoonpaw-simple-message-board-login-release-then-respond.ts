// Source: spoonpaw/simple-message-board — src/routes/login/+server.ts (POST), reduced by hand, not copied
// Label: safe
// Why: every exit of the try releases right before `return new Response(JSON.stringify({ … }), { … })`, whose body and options are built from literals and a cookie string from cookie.serialize (which validates what it writes); those cannot throw, so the catch's release never follows another
import bcrypt from "bcrypt";
import jwt from "jsonwebtoken";
import cookie from "cookie";
import type { RequestEvent } from "@sveltejs/kit";
import { pool } from "$lib/server";
import { JWT_SECRET } from "$env/static/private";

export async function POST({ request }: RequestEvent) {
  const { username, password } = await request.json();
  const client = await pool.connect();
  try {
    const result = await client.query("SELECT id, username, password_hash, banned FROM users WHERE username = $1", [username]);
    if (result.rowCount === 0) {
      client.release();
      return new Response(JSON.stringify({ error: "Username does not exist." }), {
        status: 404,
        headers: { "Content-Type": "application/json" },
      });
    }
    const user = result.rows[0];
    const valid = await bcrypt.compare(password, user.password_hash);
    if (!valid) {
      client.release();
      return new Response(JSON.stringify({ error: "Invalid password." }), { status: 401 });
    }
    await client.query("UPDATE users SET last_login = NOW() WHERE id = $1", [user.id]);
    const token = jwt.sign({ userId: user.id }, JWT_SECRET, { expiresIn: "1h" });
    const serialized = cookie.serialize("token", token, { httpOnly: true, maxAge: 3600, path: "/" });
    client.release();
    return new Response(JSON.stringify({ message: "Login successful." }), {
      status: 200,
      headers: { "Set-Cookie": serialized },
    });
  } catch (err) {
    console.error("Database error:", err);
    client.release();
    return new Response(JSON.stringify({ error: "Failed to log in." }), { status: 500 });
  }
}
