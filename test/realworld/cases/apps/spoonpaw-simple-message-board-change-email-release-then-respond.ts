// Source: spoonpaw/simple-message-board — src/routes/change-email/+server.ts (POST), reduced by hand, not copied
// Label: safe
// Why: the try releases just before `return new Response(JSON.stringify({ message: "…" }), { status: 200 })`, built from literals alone, which cannot throw; any earlier failure reaches the catch, which releases once
import type { RequestEvent } from "@sveltejs/kit";
import { pool } from "$lib/server";
import { sendEmail } from "$lib/server/email";

export async function POST(event: RequestEvent) {
  try {
    const { newEmail, userId } = await event.request.json();
    const client = await pool.connect();
    try {
      const updated = await client.query(
        "UPDATE users SET new_email = $1, email_change_token = uuid_generate_v4() WHERE id = $2 RETURNING email_change_token",
        [newEmail, userId],
      );
      const link = `${event.url.protocol}//${event.url.host}/change-email/${updated.rows[0].email_change_token}`;
      await sendEmail({ to: newEmail, subject: "Confirm your new email", text: link });
      client.release();
      return new Response(JSON.stringify({ message: "Confirmation email sent." }), { status: 200 });
    } catch (err) {
      console.error("email change failed", err);
      client.release();
      return new Response(JSON.stringify({ error: "Could not change the email." }), { status: 500 });
    }
  } catch (err) {
    return new Response(JSON.stringify({ error: "Invalid request data." }), { status: 400 });
  }
}
