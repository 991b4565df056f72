// Source: xubeiyan/nimingban — src/hooks.server.js (db handle, at 370fb53), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the SvelteKit handle checks a client out through `$lib/db` (jsconfig paths; lib/db.js returns `await pool.connect()`), puts it on event.locals and releases it only after `await resolve(event)`, outside any finally: a rejected resolve skips the release
import { connectToDB } from "$lib/db";
import { PGHOST, PGUSER, PGDATABASE, PGPASSWORD, PGPORT } from "$env/static/private";
import { sequence } from "@sveltejs/kit/hooks";

const db = async ({ event, resolve }) => {
  if (event.url.pathname.startsWith("/install")) {
    const response = await resolve(event);
    return response;
  }

  const dbconn = await connectToDB({ host: PGHOST, user: PGUSER, pass: PGPASSWORD, port: PGPORT, database: PGDATABASE });
  event.locals = { dbconn };

  const response = await resolve(event);
  dbconn.release();
  return response;
};

export const handle = sequence(db);
