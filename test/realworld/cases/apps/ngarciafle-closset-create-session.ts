// Source: ngarciafle/Closset — app/actions/createSession.ts at cd8c1d0 (createSession), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Next.js 15 server-side helper inserts the session row and releases only after the INSERT resolved; a failing insert (foreign key, duplicate token) throws past the release
import { pool } from "../lib/auth";
import { cookies } from "next/headers";
import crypto from "crypto";

export async function createSession(userId: string) {
  const client = await pool.connect();
  const token = crypto.randomBytes(64).toString("hex");
  const expiresAt = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  const insertQuery = `INSERT INTO sessions ("expires_at", "user_id", token) VALUES ($1, $2, $3)`;
  await client.query(insertQuery, [expiresAt, userId, token]);
  client.release();
  (await cookies()).set("sessionToken", token, {
    httpOnly: true,
    secure: true,
    expires: expiresAt,
    sameSite: "lax",
    path: "/",
  });
}
