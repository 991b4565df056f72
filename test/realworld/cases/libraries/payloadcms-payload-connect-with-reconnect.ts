// Source: payloadcms/payload — packages/db-postgres/src/connect.ts (connectWithReconnect, as fixed by PR #17831), reduced by hand, not copied
// Label: safe
// Why: the client checked out to attach the ECONNRESET listener is released right after (the listener stays on the pooled client)
import type { Pool } from "pg";

type Adapter = { pool: Pool };
type Payload = { logger: { info: (msg: string) => void } };

export const connectWithReconnect = async function ({
  adapter,
  payload,
  reconnect = false,
}: {
  adapter: Adapter;
  payload: Payload;
  reconnect?: boolean;
}): Promise<void> {
  let result;

  // the original has one connect() per branch (plain on first start, guarded on reconnect); one is kept here
  try {
    result = await adapter.pool.connect();
  } catch (err) {
    if (!reconnect) throw err;
    setTimeout(() => {
      payload.logger.info("Reconnecting to postgres");
      void connectWithReconnect({ adapter, payload, reconnect: true });
    }, 1000);
  }
  if (!result) {
    return;
  }
  result.prependListener("error", (err: NodeJS.ErrnoException) => {
    try {
      if (err.code === "ECONNRESET") {
        void connectWithReconnect({ adapter, payload, reconnect: true });
      }
    } catch (ignore) {
      // swallowed on purpose
    }
  });
  result.release();
};
