// Source: BaspelOp/card_opener — nextjs/src/app/api/pack/open-pack/route.js at 00bd032 (POST), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the route returns 404 when the pack draws no cards without releasing, and either query throwing jumps to the catch past the only `client.release()`
import { NextResponse } from "next/server";
import pool from "@/lib/db";

export async function POST(request) {
  const { userId, packId } = await request.json();

  try {
    if (!userId || !packId) {
      return NextResponse.json({ error: "Missing parameters" }, { status: 400 });
    }

    const client = await pool.connect();
    const drawn = await client.query("SELECT get_random_cards_from_package($1) AS result;", [packId]);
    const cardIds = drawn.rows[0]?.result;

    if (!cardIds || cardIds.length === 0) {
      return NextResponse.json({ error: "No cards found" }, { status: 404 });
    }

    const details = await client.query(
      "SELECT cards.id AS card_id, cards.name AS card_name FROM cards WHERE cards.id = ANY ($1);",
      [cardIds]
    );
    const byId = new Map(details.rows.map((row) => [row.card_id, row]));
    const cards = cardIds.map((id) => byId.get(id));

    client.release();
    return NextResponse.json({ cards });
  } catch (err) {
    console.error("Error:", err);
    return NextResponse.json({ error: err.message }, { status: 500 });
  }
}
