// Source: Shreyously/task-triplespeed — apps/server/src/services/auctionService.ts at bbfc795 (getLiveAuctions, the live auction lobby's list), reduced by hand, not copied
// Label: safe
// Why: the sealed-endgame promotion UPDATE and the live listing run in a try whose finally releases; the mapped list is returned from inside it
import { pool } from "../db/pool";

const SEALED_BID_WINDOW_SECONDS = 30;

async function listLiveAuctions(client: any) {
  const res = await client.query("select * from auctions where status in ('LIVE','CLOSING','SEALED_ENDGAME') order by end_time asc");
  return res.rows;
}

export async function getLiveAuctions() {
  const client = await pool.connect();
  try {
    await client.query(
      `update auctions set status='SEALED_ENDGAME', sealed_phase_started_at=coalesce(sealed_phase_started_at, now()), sealed_phase_ends_at=end_time
       where status in ('LIVE','CLOSING') and end_time > now() and end_time <= now() + ($1 * interval '1 second')`,
      [SEALED_BID_WINDOW_SECONDS],
    );

    const auctions = await listLiveAuctions(client);
    return auctions.map((auction: any) => ({
      ...auction,
      bidding_mode: auction.status === "SEALED_ENDGAME" ? "SEALED" : "OPEN",
    }));
  } finally {
    client.release();
  }
}
