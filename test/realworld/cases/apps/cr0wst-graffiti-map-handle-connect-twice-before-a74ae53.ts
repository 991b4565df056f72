// Source: cr0wst/graffiti-map — src/hooks.server.ts at a74ae53^ (handle, before "Fix database connecting twice"), reduced by hand, not copied
// Label: safe
// Why: `db` is already a checked-out client (`$lib/db`'s connect() is `pool.connect()`); `db.connect()` on it rejects ("Client has already been connected") and checks nothing out, and the finally gives the checkout back on every path
import type { Handle } from "@sveltejs/kit";

import { connect } from "$lib/db";

export const handle: Handle = async ({ event, resolve }) => {
  const db = await connect();

  try {
    await db.connect();
    event.locals.db = db;
    const response = await resolve(event);
    return response;
  } finally {
    await db.release();
  }
};
