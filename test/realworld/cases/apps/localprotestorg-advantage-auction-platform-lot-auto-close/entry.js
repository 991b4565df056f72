// Source: LocalProtestOrg/advantage-auction-platform — src/workers/notificationWorker.js at 8269411 (runLotAutoClose, run every 30 s by setInterval), reduced by hand, not copied
// Label: safe
// Why: the sweep closes each due lot in its own transaction through the db module's `connect: () => pool.connect()`; the `continue` after a re-check's ROLLBACK, the catch that rolls back and reports to Sentry, and the success path all leave through the finally that releases
const db = require("./db");
const auditService = require("./auditService");
const realtime = require("./realtime");
const Sentry = require("@sentry/node");

async function runLotAutoClose() {
  let due;
  try {
    due = await db.query(`
      SELECT l.id FROM lots l JOIN auctions a ON a.id = l.auction_id
       WHERE l.state = 'open' AND l.closes_at <= NOW() AND a.state IN ('published', 'active')
    `);
  } catch (err) {
    console.error("[lot-auto-close] scan failed:", err.message);
    if (process.env.SENTRY_DSN) Sentry.captureException(err);
    return;
  }

  for (const row of due.rows) {
    const client = await db.connect();
    try {
      await client.query("BEGIN");
      const lotRes = await client.query("SELECT id, auction_id, closes_at, state FROM lots WHERE id = $1 FOR UPDATE", [row.id]);
      const lot = lotRes.rows[0];
      if (!lot || lot.state !== "open" || !lot.closes_at || new Date(lot.closes_at) > new Date()) {
        await client.query("ROLLBACK");
        continue;
      }

      const bidRes = await client.query(
        "SELECT bidder_user_id, amount_cents FROM bids WHERE lot_id = $1 ORDER BY amount_cents DESC, created_at ASC LIMIT 1",
        [lot.id]
      );
      const topBid = bidRes.rows[0];
      if (topBid) {
        await client.query("UPDATE lots SET state = 'closed', winning_buyer_user_id = $1, winning_amount_cents = $2 WHERE id = $3", [
          topBid.bidder_user_id,
          topBid.amount_cents,
          lot.id,
        ]);
      } else {
        await client.query("UPDATE lots SET state = 'closed' WHERE id = $1", [lot.id]);
      }

      await auditService.logEvent(client, { eventType: "lot_auto_closed", lotId: lot.id });
      await client.query("COMMIT");
      realtime.publish("lot", { lot_id: lot.id, state: "closed", winner_user_id: topBid ? topBid.bidder_user_id : null });
    } catch (err) {
      try { await client.query("ROLLBACK"); } catch (_) {}
      console.error(`[lot-auto-close] failed for lot ${row.id}: ${err.message}`);
      if (process.env.SENTRY_DSN) Sentry.captureException(err);
    } finally {
      client.release();
    }
  }
}

setInterval(runLotAutoClose, 30000);
runLotAutoClose();
