// Source: LocalProtestOrg/advantage-auction-platform — src/lib/realtime.js at 8269411 (startListener), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: without DATABASE_URL the LISTEN bridge checks out a pooled client into the outer `client`; when a LISTEN fails, the catch schedules connect() again, which overwrites `client` without releasing the checkout, and the 'error' listener calls `client.end()` (every pg client has `end`, so `release(true)` is never reached) and the pool keeps counting the ended client
const db = require("./db");
const { connectDirect } = require("./direct");

const CH_LOT = "lot_events";
const CH_AUCTION = "auction_events";

function dispatch(io, kind, payload) {
  io.to(`auction:${payload.auction_id}`).emit(kind, payload);
}

async function startListener(io) {
  let client;
  let stopped = false;
  async function connect() {
    if (stopped) return;
    try {
      if (process.env.DATABASE_URL) {
        // the DATABASE_URL branch opens a dedicated Client on the direct endpoint (reduced to a helper here)
        client = await connectDirect();
      } else {
        client = await db.pool.connect();
      }
      client.on("notification", (msg) => {
        try {
          dispatch(io, msg.channel === CH_AUCTION ? "auction" : "lot", JSON.parse(msg.payload));
        } catch (e) {
          console.error("[realtime] dispatch failed:", e.message);
        }
      });
      client.on("error", (e) => {
        console.error("[realtime] listener connection error:", e.message);
        try { client.end ? client.end() : client.release(true); } catch (_) {}
        if (!stopped) setTimeout(connect, 3000);
      });
      await client.query(`LISTEN ${CH_LOT}`);
      await client.query(`LISTEN ${CH_AUCTION}`);
    } catch (e) {
      console.error("[realtime] listener connect failed, retrying in 3s:", e.message);
      if (!stopped) setTimeout(connect, 3000);
    }
  }
  await connect();
  return () => { stopped = true; try { client && (client.end ? client.end() : client.release(true)); } catch (_) {} };
}

module.exports = { startListener, dispatch, CH_LOT, CH_AUCTION };
