// Source: LocalProtestOrg/advantage-auction-platform — src/services/bidService.js at 8269411 (createBid), reduced by hand, not copied
// Label: safe
// Why: input checks throw before the checkout; the bid transaction locks the lot, throws on self-bids and closed lots, COMMITs, then (still in the try) adds to the watchlist through the pool and publishes the lot's new state to the realtime fan-out; the catch awaits ROLLBACK and rethrows, the finally releases
const db = require("../db");
const realtime = require("../lib/realtime");

async function resolveProxyBid(client, lot, userId, maxCents) {
  const res = await client.query(
    "INSERT INTO bids (lot_id, bidder_user_id, amount_cents, max_bid_cents) VALUES ($1, $2, $3, $3) RETURNING *",
    [lot.id, userId, maxCents]
  );
  return { bid: res.rows[0], visible_cents: maxCents, winner_user_id: userId };
}

async function createBid(lotId, userId, { amount }) {
  if (amount == null || Number(amount) <= 0) {
    throw new Error("Enter a bid amount or max bid");
  }
  const submittedMaxCents = Math.round(Number(amount) * 100);
  if (submittedMaxCents % 100 !== 0) {
    throw new Error("Bids must be in whole dollars.");
  }

  const client = await db.connect();

  try {
    await client.query("BEGIN");

    const lotRes = await client.query("SELECT * FROM lots WHERE id = $1 FOR UPDATE", [lotId]);
    const lot = lotRes.rows[0];
    if (!lot) throw new Error("Lot not found");

    const ownerRes = await client.query(
      "SELECT sp.user_id FROM auctions a JOIN seller_profiles sp ON sp.id = a.seller_id WHERE a.id = $1",
      [lot.auction_id]
    );
    if (ownerRes.rows[0] && String(ownerRes.rows[0].user_id) === String(userId)) {
      throw new Error("You cannot bid on your own auction.");
    }

    if (!["draft", "open", "active"].includes(lot.status || lot.state)) {
      throw new Error("Bidding not allowed on this lot");
    }

    const resolution = await resolveProxyBid(client, lot, userId, submittedMaxCents);

    await client.query("COMMIT");

    try {
      await db.query(
        "INSERT INTO watchlists (user_id, lot_id) VALUES ($1, $2) ON CONFLICT (user_id, lot_id) DO NOTHING",
        [userId, lot.id]
      );
    } catch (e) {
      console.error("[bid] watchlist auto-add failed (non-fatal):", e.message);
    }

    realtime.publish("lot", {
      auction_id: lot.auction_id,
      lot_id: lot.id,
      current_bid_cents: resolution.visible_cents,
      winner_user_id: resolution.winner_user_id,
      prev_winner_user_id: lot.current_winner_user_id || null,
    });

    return { ...resolution.bid, winner_user_id: resolution.winner_user_id };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

module.exports = { createBid };
