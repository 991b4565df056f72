// Source: LocalProtestOrg/advantage-auction-platform — src/services/auctionService.js at 8269411 (closeAuction), reduced by hand, not copied
// Label: safe
// Why: the close locks the auction and its lots, settles each lot's top bid and COMMITs inside the try; the realtime publish and the fire-and-forget report (a promise chain of its own, not on the client) follow the COMMIT still inside the try; the catch awaits ROLLBACK and rethrows, the finally releases
const db = require("../db");
const realtime = require("../lib/realtime");

async function closeAuction(auctionId, actorId = null) {
  const client = await db.connect();
  try {
    await client.query("BEGIN");

    const auctionRes = await client.query("SELECT id, state FROM auctions WHERE id = $1 FOR UPDATE", [auctionId]);
    if (!auctionRes.rows[0]) {
      throw new Error("Auction not found");
    }
    const { state } = auctionRes.rows[0];
    if (state === "closed") {
      throw new Error("Auction is already closed");
    }

    await client.query("UPDATE auctions SET state = 'closed', updated_at = now() WHERE id = $1", [auctionId]);

    const lotsRes = await client.query("SELECT id FROM lots WHERE auction_id = $1 AND state != 'withdrawn' FOR UPDATE", [auctionId]);
    const results = [];
    for (const lot of lotsRes.rows) {
      const bidRes = await client.query(
        "SELECT bidder_user_id, amount_cents FROM bids WHERE lot_id = $1 ORDER BY amount_cents DESC, created_at ASC LIMIT 1",
        [lot.id]
      );
      const topBid = bidRes.rows[0];
      await client.query(
        "UPDATE lots SET state = 'closed', winning_buyer_user_id = $1, winning_amount_cents = $2 WHERE id = $3",
        [topBid ? topBid.bidder_user_id : null, topBid ? topBid.amount_cents : null, lot.id]
      );
      results.push({ lot_id: lot.id, winner_user_id: topBid ? topBid.bidder_user_id : null });
    }

    await client.query(
      "INSERT INTO audit_events (event_type, entity_id, actor_id, metadata) VALUES ('auction.closed', $1, $2, $3)",
      [auctionId, actorId, JSON.stringify({ results })]
    );

    await client.query("COMMIT");

    realtime.publish("auction", { auction_id: auctionId, state: "closed" });

    require("./reportingService").generateAuctionReport(auctionId)
      .then(() => console.log(`[reporting] generated auction report for auction_id=${auctionId}`))
      .catch((err) => console.error(`[reporting] failed for auction_id=${auctionId}:`, err.message));

    return { auction_id: auctionId, lots_closed: results.length, results };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

module.exports = { closeAuction };
