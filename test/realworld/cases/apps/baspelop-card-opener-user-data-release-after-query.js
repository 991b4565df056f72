// Source: BaspelOp/card_opener — nextjs/src/app/api/user/user-data/route.js at 349d779 (GET; commit 00bd032 "fix: fix" replaced the checkout with pool.query), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the owned-cards query runs with no try of its own around the client: when it fails the outer catch answers 500 and the release after it never runs
import { NextResponse } from "next/server";
import pool from "@/lib/db";
import { auth } from "@/auth";

export async function GET(_) {
  try {
    const session = await auth();
    if (!session) {
      return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    }

    const databaseId = session.user.databaseId;
    const client = await pool.connect();
    const query = `
      SELECT c.name AS card_name, c.id AS card_id, oc.quantity AS card_quantity, col.name AS collection_name
        FROM owned_cards oc
        JOIN cards c ON oc.card_id = c.id
        JOIN collections col ON c.collection_id = col.id
       WHERE oc.user_id = $1
       ORDER BY col.name;`;
    const result = await client.query(query, [databaseId]);
    client.release();

    if (result.rows.length === 0) {
      return NextResponse.json({ error: "No cards found" }, { status: 404 });
    }
    const cards = result.rows.map((row) => ({ card_name: row.card_name, card_id: row.card_id, card_quantity: row.card_quantity }));
    return NextResponse.json(cards, { status: 200 });
  } catch (err) {
    return NextResponse.json({ error: err.message }, { status: 500 });
  }
}
