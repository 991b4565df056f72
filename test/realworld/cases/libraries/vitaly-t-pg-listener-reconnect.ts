// Source: vitaly-t/pg-listener — src/listener.ts (PgListener.listen, reconnect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the direct connection goes into the outer `con` before the awaited LISTEN; when LISTEN rejects, retryAsync calls reconnect again and overwrites `con`, and after the last retry listen() rejects: the earlier connections never get `done()`
import type { IDatabase, IMain, IConnected } from "pg-promise";
import { retryAsync } from "retry-async";

export class PgListener {
  constructor(private readonly cfg: { db: IDatabase<{}>; pgp: IMain }) {}

  async listen(channels: string[], onMessage: (payload?: string) => void) {
    const { db, pgp } = this.cfg;
    let con: IConnected<{}, any> | null = null;
    const handler = (m: { payload?: string }) => onMessage(m.payload);
    const reconnect = async () => {
      con = await db.connect({
        direct: true,
        onLost: (_err, ctx) => {
          con = null;
          ctx.client.removeListener("notification", handler);
          retryAsync(reconnect, { retry: 5 }).catch(() => {});
        },
      });
      con.client.on("notification", handler);
      if (channels.length > 0) {
        await con.multi(pgp.helpers.concat(channels.map((channel) => ({ query: "LISTEN $(channel:alias)", values: { channel } }))));
      }
    };
    await retryAsync(reconnect, { retry: 5 });
    return {
      cancel() {
        if (!con) return false;
        con.client.removeListener("notification", handler);
        con.done();
        con = null;
        return true;
      },
    };
  }
}
