// Source: Shreyously/task-triplespeed — apps/server/src/services/auctionService.ts at bbfc795 (getAuctionSnapshot, the live auction room's state with its socket watcher count), reduced by hand, not copied
// Label: safe
// Why: the sealed-phase promotion UPDATE, the auction, bid, balance and settlement reads, the `throw` for a missing auction and the returned snapshot (with the in-memory watcher count) all sit in a try whose finally releases
import Decimal from "decimal.js";
import { pool } from "../db/pool";
import { getAuctionWatcherCount } from "../realtime/socket";

const SEALED_BID_WINDOW_SECONDS = 30;

async function getBidHistory(client: any, auctionId: string) {
  const res = await client.query("select * from bids where auction_id=$1 order by created_at desc limit 50", [auctionId]);
  return res.rows;
}

export async function getAuctionSnapshot(auctionId: string, userId: string) {
  const client = await pool.connect();
  try {
    await client.query(
      `update auctions set status='SEALED_ENDGAME', sealed_phase_started_at=coalesce(sealed_phase_started_at, now())
       where id=$1 and status in ('LIVE','CLOSING') and end_time > now() and end_time <= now() + ($2 * interval '1 second')`,
      [auctionId, SEALED_BID_WINDOW_SECONDS],
    );

    const auction = await client.query("select a.*, c.name as card_name from auctions a join cards c on c.id = a.card_id where a.id=$1", [auctionId]);
    if (!auction.rows[0]) throw new Error("Auction not found");
    const bids = await getBidHistory(client, auctionId);
    const bal = await client.query("select held_balance from balances where user_id=$1", [userId]);
    const current = new Decimal(auction.rows[0].current_bid);
    return {
      auction: { ...auction.rows[0], bidding_mode: auction.rows[0].status === "SEALED_ENDGAME" ? "SEALED" : "OPEN" },
      bidHistory: bids,
      yourHeld: bal.rows[0]?.held_balance ?? "0.00",
      watcherCount: getAuctionWatcherCount(auctionId),
      minimumBid: current.plus(1).toFixed(2),
      serverTime: new Date().toISOString(),
    };
  } finally {
    client.release();
  }
}
