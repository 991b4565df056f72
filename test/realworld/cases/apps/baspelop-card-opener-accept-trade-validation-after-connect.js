// Source: BaspelOp/card_opener — nextjs/src/app/api/trade/accept/route.js at 349d779 (POST; commit 00bd032 "fix: fix" replaced the checkout with pool.query), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the missing-offerId check runs after the checkout and returns 400 without releasing; a failing `CALL accept_trade` also skips the release on its way to the catch
import { NextResponse } from "next/server";
import pool from "@/lib/db";
import { auth } from "@/auth";

export async function POST(request) {
  try {
    const session = await auth();
    if (!session) {
      return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    }

    const { offerId } = await request.json();
    const client = await pool.connect();

    if (!offerId) {
      return NextResponse.json({ error: "Trade ID is required" }, { status: 400 });
    }

    await client.query("CALL accept_trade($1)", [offerId]);
    client.release();

    return NextResponse.json({ message: "Trade accepted successfully" }, { status: 200 });
  } catch (err) {
    console.error("Error in API:", err);
    return NextResponse.json({ error: "Failed to accept trade" }, { status: 500 });
  }
}
