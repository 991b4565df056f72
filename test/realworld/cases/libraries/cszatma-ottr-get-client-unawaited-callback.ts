// Source: cszatma/ottr — src/postgres/get-client.ts (the default export), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the helper calls `fn(client)` without awaiting it and the finally releases at once; every caller (routes/group.ts, routes/auth.ts, utils/passport.ts) passes an async callback or one that starts a callback-style query, so the client goes back to the pool with its query still running
import { PoolClient } from "pg";

import pool from "./pool";

export default async (fn: (client: PoolClient) => void) => {
  let client;
  try {
    client = await pool.connect();
    fn(client);
  } catch (e) {
    console.error(e.message);
  } finally {
    if (client) {
      client.release();
    }
  }
};
