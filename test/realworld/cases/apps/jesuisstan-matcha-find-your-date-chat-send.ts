// Source: jesuisstan/matcha-find-your-date — src/app/api/chat/send/route.ts at 240bd08 (POST), reduced by hand, not copied
// Label: safe
// Why: sending a chat message checks out before the try and answers 400 and 403 (no match, blocked) from inside it, inserts the message and touches the sender's presence; the finally releases on every return and on the catch's 500
import { NextResponse } from "next/server";
import { db } from "@vercel/postgres";

export async function POST(req: Request) {
  const client = await db.connect();

  try {
    const { senderId, recipientId, message } = await req.json();
    if (!senderId || !recipientId || !message) {
      return NextResponse.json({ error: "invalid-input" }, { status: 400 });
    }
    if (message.length < 1 || message.length > 442) {
      return NextResponse.json({ error: "invalid-message-length" }, { status: 400 });
    }

    const match = await client.query(
      "SELECT id FROM matches WHERE (user_one_id = $1 AND user_two_id = $2) OR (user_one_id = $2 AND user_two_id = $1) LIMIT 1",
      [senderId, recipientId],
    );
    if (match.rowCount === 0) {
      return NextResponse.json({ error: "match-not-found" }, { status: 403 });
    }

    const blocked = await client.query(
      "SELECT 1 FROM blocked_users WHERE (blocker_id = $1 AND blocked_user_id = $2) OR (blocker_id = $2 AND blocked_user_id = $1)",
      [senderId, recipientId],
    );
    if ((blocked?.rowCount ?? 0) > 0) {
      return NextResponse.json({ error: "user-blocked" }, { status: 403 });
    }

    await client.query(
      "INSERT INTO chat (match_id, sender_id, recipient_id, message, created_at) VALUES ($1, $2, $3, $4, NOW())",
      [match.rows[0].id, senderId, recipientId, message],
    );
    await client.query(
      "UPDATE users SET last_action = NOW(), online = true WHERE id = $1 AND last_action < NOW() - INTERVAL '1 minute'",
      [senderId],
    );

    return NextResponse.json({ message: "message-sent-successfully" });
  } catch (error) {
    console.error("Error sending message:", error);
    return NextResponse.json({ error: "failed-to-send-message" }, { status: 500 });
  } finally {
    client.release();
  }
}
