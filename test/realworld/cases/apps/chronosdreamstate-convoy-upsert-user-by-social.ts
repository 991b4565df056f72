// Source: Chronosdreamstate/Convoy — apps/api/src/auth/auth.service.ts at 0b8954c (upsertUserBySocial), reduced by hand, not copied
// Label: safe
// Why: an Apple/Google sign-in links the provider identity to an existing user or creates one, seeds settings and re-reads the user in one transaction on a checkout of the `Pool` parameter, ROLLBACK and rethrow in the catch, release in the finally
import { Pool } from "pg";
import { normalizeEmail } from "./email";

export interface UserRow { id: string; display_name: string; email: string | null }

export async function upsertUserBySocial(
  provider: "apple" | "google",
  providerId: string,
  rawEmail: string | null,
  pool: Pool,
): Promise<UserRow> {
  const email = rawEmail === null ? null : normalizeEmail(rawEmail);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const existing = await client.query<{ user_id: string }>(
      "SELECT user_id FROM auth_providers WHERE provider = $1 AND provider_id = $2",
      [provider, providerId],
    );
    let userId: string;
    if (existing.rows.length > 0) {
      userId = existing.rows[0].user_id;
      if (email) {
        await client.query("UPDATE users SET email = COALESCE(email, $1) WHERE id = $2", [email, userId]);
      }
    } else {
      const created = await client.query<{ id: string }>(
        "INSERT INTO users (display_name, email) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET updated_at = now() RETURNING id",
        [email ? email.split("@")[0] : `${provider}User`, email],
      );
      userId = created.rows[0].id;
      await client.query(
        "INSERT INTO auth_providers (user_id, provider, provider_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        [userId, provider, providerId],
      );
    }
    await client.query("INSERT INTO user_settings (user_id) VALUES ($1) ON CONFLICT DO NOTHING", [userId]);
    const user = await client.query<UserRow>("SELECT id, display_name, email FROM users WHERE id = $1", [userId]);
    await client.query("COMMIT");
    return user.rows[0];
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
