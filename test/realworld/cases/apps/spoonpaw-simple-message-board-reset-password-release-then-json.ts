// Source: spoonpaw/simple-message-board — src/routes/reset-password/[token]/+server.ts (POST), reduced by hand, not copied
// Label: safe
// Why: each path in the try releases and then returns SvelteKit's `json({ … }, { status })` of literals, which cannot throw; a failed query or hash reaches the catch, which releases once
import { json } from "@sveltejs/kit";
import type { RequestEvent } from "@sveltejs/kit";
import bcrypt from "bcrypt";
import { pool } from "$lib/server";

export async function POST({ params, request }: RequestEvent) {
  const token = params.token;
  if (!token) {
    return json({ error: "Invalid or expired token" }, { status: 400 });
  }
  const { newPassword } = await request.json();
  const client = await pool.connect();
  try {
    const found = await client.query("SELECT id FROM users WHERE reset_token = $1 AND reset_token_expiry > NOW()", [token]);
    if (found.rowCount === 0) {
      client.release();
      return json({ error: "Invalid or expired token" }, { status: 400 });
    }
    const hash = await bcrypt.hash(newPassword, 10);
    await client.query("UPDATE users SET password_hash = $1, reset_token = NULL WHERE id = $2", [hash, found.rows[0].id]);
    client.release();
    return json({ message: "Password successfully reset" }, { status: 200 });
  } catch (err) {
    console.error("reset failed", err);
    client.release();
    return json({ error: "An error occurred while resetting the password" }, { status: 500 });
  }
}
