// Source: quizfreely/quizfreely — api/index.js at 12d98fbe^ (googleAuthCallback), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the upsert transaction returns a result object on success and on failure, and releases on neither
import pg from "pg";

const { Pool } = pg;
const pool = new Pool({ connectionString: process.env.POSTGRES_URI });

async function googleAuthCallback(tokenObj) {
  try {
    const response = await fetch("https://www.googleapis.com/oauth2/v2/userinfo", {
      headers: { Authorization: `Bearer ${tokenObj.access_token}` },
    });
    let userinfo = await response.json();
    let client = await pool.connect();
    try {
      await client.query("BEGIN");
      let upserted = await client.query(
        "insert into auth.users (display_name, oauth_google_id) values ($1, $2) on conflict (oauth_google_id) do update set display_name = $1 returning id",
        [userinfo.name, userinfo.id],
      );
      let session = await client.query("select * from auth.new_temp_session($1)", [upserted.rows[0].id]);
      await client.query("COMMIT");
      return { error: false, data: { userId: upserted.rows[0].id, session: session.rows[0] } };
    } catch (error) {
      await client.query("ROLLBACK");
      return { error: { type: "postgres-error", error } };
    }
  } catch (error) {
    return { error: { type: "fetch-error", error } };
  }
}

export { googleAuthCallback };
