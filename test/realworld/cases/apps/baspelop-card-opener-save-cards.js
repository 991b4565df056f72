// Source: BaspelOp/card_opener — nextjs/src/app/api/user/save-cards/route.js at 00bd032 (POST), reduced by hand, not copied
// Label: safe
// Why: the route checks the Auth.js session and the payload before checking out, then runs a stored-procedure call per card in a transaction whose inner finally releases; a failed CALL rolls back in the inner catch
import { NextResponse } from "next/server";
import pool from "@/lib/db";
import { auth } from "@/auth";

export async function POST(request) {
  try {
    const session = await auth();
    if (!session) {
      return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    }
    const databaseId = session.user.databaseId;
    const { cards } = await request.json();
    if (!cards.cards || cards.cards.length === 0) {
      return NextResponse.json({ error: "No cards provided" }, { status: 400 });
    }

    const client = await pool.connect();
    try {
      await client.query("BEGIN;");
      for (const card of cards.cards) {
        await client.query("CALL add_owned_card($1, $2);", [databaseId, card.card_id]);
      }
      await client.query("COMMIT;");
      return NextResponse.json({ message: "Cards saved successfully" });
    } catch (err) {
      console.error("Error saving cards:", err);
      await client.query("ROLLBACK;");
    } finally {
      client.release();
    }
  } catch (err) {
    console.error("Error saving cards:", err);
    return NextResponse.json({ error: "Failed to save cards" }, { status: 500 });
  }
}
