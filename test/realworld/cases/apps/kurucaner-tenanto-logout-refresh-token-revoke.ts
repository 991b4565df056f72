// Source: kurucaner/tenanto — apps/server/src/services/auth-realms/platform-email-auth-realm.ts at 3b9d1b4 (platformEmailAuthRealm.onLogout), reduced by hand, not copied
// Label: safe
// Why: logout revokes the refresh token and deactivates the device's push token in one transaction through repository helpers handed the client, ROLLBACK and rethrow in the catch, release in the finally
import { pool } from "../../db/pool";
import { pushTokenDb } from "../../db/push-tokens";
import { refreshTokenDb } from "../../db/refresh-tokens";
import { hashToken } from "../../lib/tokens";

export const platformEmailAuthRealm = {
  async onLogout({ pushToken, refreshToken }: { pushToken?: string; refreshToken: string }) {
    const tokenHash = hashToken(refreshToken);
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const row = await refreshTokenDb.findByHash(tokenHash, client);
      if (row && pushToken) {
        await pushTokenDb.deactivateForUserAndToken(row.user_id, pushToken, client);
      }
      await refreshTokenDb.revokeByHash(tokenHash, client);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  },

  async revokeRefreshToken(tokenHash: string) {
    await refreshTokenDb.revokeByHash(tokenHash);
  },
};
