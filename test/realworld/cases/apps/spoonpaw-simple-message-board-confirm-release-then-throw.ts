// Source: spoonpaw/simple-message-board — src/routes/confirm/[token]/+page.server.ts (load), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: SvelteKit's `throw error(404, …)` after the release lands in the catch, which releases the same client again; pg throws "Release called on client which has already been released"
import { error } from "@sveltejs/kit";
import type { RequestEvent } from "@sveltejs/kit";
import { pool } from "$lib/server";

export async function load({ params }: RequestEvent) {
  const token = params.token;
  if (!token) {
    throw error(404, "Invalid or expired token");
  }
  const client = await pool.connect();
  try {
    const found = await client.query("SELECT id, is_confirmed FROM users WHERE confirmation_token = $1", [token]);
    if (found.rowCount === 0) {
      client.release();
      throw error(404, "Invalid or expired token");
    }
    await client.query("UPDATE users SET is_confirmed = TRUE WHERE id = $1", [found.rows[0].id]);
    client.release();
    return { success: true };
  } catch (err) {
    client.release();
    throw error(500, "Server error while confirming account");
  }
}
