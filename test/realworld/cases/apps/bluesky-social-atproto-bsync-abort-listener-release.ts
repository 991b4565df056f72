// Source: bluesky-social/atproto — packages/bsync/src/index.ts (BsyncService.setupAppEvents), reduced by hand, not copied
// Label: safe
// Why: right after the checkout the service registers the release on its AbortController's `abort` event, which `destroy()` fires; the LISTEN queries are left un-awaited on purpose (a failure is an unhandled rejection that ends the process)
import type { AppContext } from "./context.js";

const MUTE_CHANNEL = "mute_op_create";
const NOTIF_CHANNEL = "notif_op_create";

export class BsyncService {
  ac = new AbortController();

  constructor(public ctx: AppContext) {}

  async destroy() {
    this.ac.abort();
    await this.ctx.db.close();
  }

  async setupAppEvents() {
    const conn = await this.ctx.db.pool.connect();
    this.ac.signal.addEventListener("abort", () => conn.release(), { once: true });
    conn.query(`listen ${MUTE_CHANNEL}`);
    conn.query(`listen ${NOTIF_CHANNEL}`);
    conn.on("notification", (notif) => {
      this.ctx.events.emit(notif.channel);
    });
  }
}
