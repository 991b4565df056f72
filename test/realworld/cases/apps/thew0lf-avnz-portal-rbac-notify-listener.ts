// Source: thew0lf/avnz-portal — apps/api/src/db/notify.ts (startRbacNotifyListener), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a pool client is checked out to hold `LISTEN rbac_changed` for the life of the process and is never released; when the LISTEN query rejects, the catch only warns and the client stays checked out, listening to nothing
import { pool } from "../db.js";
import { permCache } from "../authz/permissions.cache.js";

let listening = false;

export async function startRbacNotifyListener() {
  if (listening) return;
  listening = true;
  try {
    const client: any = await pool.connect();
    await client.query("listen rbac_changed");
    client.on("notification", (msg: any) => {
      if (msg?.channel === "rbac_changed") {
        permCache.clear();
        console.log("RBAC cache invalidated due to", msg.payload || "change");
      }
    });
    client.on("error", () => {});
  } catch (e) {
    console.warn("RBAC notify listener failed", e);
  }
}
