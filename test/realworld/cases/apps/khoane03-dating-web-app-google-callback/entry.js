// Source: khoane03/dating-web-app — backend/src/service/authService.js at 1c7621c (handleGoogleCallback), reduced by hand, not copied
// Label: safe
// Why: the dating app's Google sign-in commits early for a known account and returns from inside the try, rolls back in the catch and answers an error object; the finally releases on every path
import pool from "./config/dbConfig.js";

const tokensFor = (account) => ({ id: account.id, role: account.role });

export const handleGoogleCallback = async (account) => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows: existing } = await client.query("SELECT * FROM tbl_accounts WHERE social_id = $1", [account.sub]);
    if (existing.length > 0) {
      await client.query("COMMIT");
      return { code: 200, data: tokensFor(existing[0]) };
    }
    const { rows } = await client.query(
      "INSERT INTO tbl_accounts (email, status, social_id) VALUES ($1, 1, $2) RETURNING id, email, role",
      [account.email, account.sub],
    );
    await client.query("INSERT INTO tbl_users (acc_id, full_name, avatar_url) VALUES ($1, $2, $3)", [
      rows[0].id,
      account.name,
      account.picture,
    ]);
    await client.query("COMMIT");
    return { code: 200, data: tokensFor(rows[0]) };
  } catch (error) {
    await client.query("ROLLBACK");
    return { code: 500, message: error.message };
  } finally {
    client.release();
  }
};
