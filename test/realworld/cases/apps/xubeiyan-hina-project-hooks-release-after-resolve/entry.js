// Source: xubeiyan/hina-project — src/hooks.server.js (handle, at 1a80006), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: every request checks a client out of the module's pool through `$lib/db` (jsconfig paths), hands it to the routes on event.locals and releases it after `await resolve(event)` with no try/finally: a rejected resolve keeps the client out of the pool
import { connectToDB } from "$lib/db";

export const handle = async ({ event, resolve }) => {
  const dbconn = await connectToDB();
  event.locals = { dbconn };

  const response = await resolve(event);
  dbconn.release();

  return response;
};
