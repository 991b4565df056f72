// Source: xubeiyan/nimingban — src/routes/install/connectDb/+server.js (GET, at 370fb53), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a connection probe: `await connectToDB(…)` (lib/db.js: `return await pool.connect()`) is a statement of its own, so the checked-out client is dropped unreleased on every successful probe
import { PGHOST, PGUSER, PGDATABASE, PGPASSWORD, PGPORT } from "$env/static/private";
import { connectToDB } from "$lib/db";
import { json } from "@sveltejs/kit";

export const GET = async () => {
  try {
    await connectToDB({ host: PGHOST, user: PGUSER, pass: PGPASSWORD, port: PGPORT, database: PGDATABASE });
  } catch (e) {
    let errorCode = "";
    if (e.code == "ECONNREFUSED") errorCode = "SERVER_REFUSED_CONNECTION";
    else if (e.routine == "auth_failed") errorCode = "DATABASE_AUTH_FAILED";
    return json({ type: "error", errorCode });
  }

  return json({ type: "ok" });
};
