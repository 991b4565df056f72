// Source: xubeiyan/nimingban — src/routes/install/initTable/+server.js (GET, at 370fb53), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the endpoint checks a client out through `$lib/db`, runs the CREATE TABLE batch in a try whose catch answers the error, and both the catch and the success path return json without releasing it
import { json } from "@sveltejs/kit";
import { PGHOST, PGUSER, PGDATABASE, PGPASSWORD, PGPORT } from "$env/static/private";
import { connectToDB } from "$lib/db";

export const GET = async () => {
  const dbconn = await connectToDB({ host: PGHOST, user: PGUSER, pass: PGPASSWORD, port: PGPORT, database: PGDATABASE });

  try {
    await dbconn.query(`
      CREATE TABLE IF NOT EXISTS public.board (id uuid NOT NULL, name varchar(256) NOT NULL, CONSTRAINT board_pkey PRIMARY KEY (id));
      CREATE TABLE IF NOT EXISTS public.site_settings (name varchar(64) NOT NULL, value varchar(128) NOT NULL, CONSTRAINT site_settings_pkey PRIMARY KEY (name));
    `);
  } catch (e) {
    return json({ type: "error", errorContent: e });
  }

  return json({ type: "ok" });
};
