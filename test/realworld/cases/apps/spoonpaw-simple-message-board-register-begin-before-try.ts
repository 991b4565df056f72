// Source: spoonpaw/simple-message-board — src/routes/register/+server.ts (POST), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await client.query("BEGIN")` runs before the try; when it rejects, the client is never released
import bcrypt from "bcrypt";
import type { RequestEvent } from "@sveltejs/kit";
import { pool } from "$lib/server";

export async function POST(event: RequestEvent) {
  const { username, email, password } = await event.request.json();
  if (!username || !email || !password) {
    return new Response(JSON.stringify({ error: "All fields are required." }), { status: 400 });
  }
  const client = await pool.connect();
  await client.query("BEGIN");
  try {
    const exists = await client.query("SELECT 1 FROM users WHERE email = $1 OR username = $2", [email, username]);
    if ((exists.rowCount ?? 0) > 0) {
      await client.query("ROLLBACK");
      client.release();
      return new Response(JSON.stringify({ error: "Username or email already exists." }), { status: 409 });
    }
    const hash = await bcrypt.hash(password, 10);
    await client.query("INSERT INTO users (username, email, password_hash) VALUES ($1, $2, $3)", [username, email, hash]);
    await client.query("COMMIT");
    client.release();
    return new Response(JSON.stringify({ message: "Registration successful!" }), { status: 201 });
  } catch (err) {
    console.error("register failed", err);
    await client.query("ROLLBACK");
    client.release();
    return new Response(JSON.stringify({ error: "Failed to create user." }), { status: 500 });
  }
}
