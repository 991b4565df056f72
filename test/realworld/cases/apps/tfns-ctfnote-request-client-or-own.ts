// Source: TFNS/CTFNote — api/src/discord/database/users.ts (getInvitationTokenForDiscordId) with api/src/utils/database.ts, reduced by hand, not copied
// Label: safe
// Why: the function checks a client out only when the caller passed none, remembers which case it is in a flag, and the finally releases exactly the client it checked out
import { Pool, PoolClient } from "pg";

const pgPool = new Pool();

export async function getInvitationTokenForDiscordId(discordId: string, pgClient: PoolClient | null = null): Promise<string | null> {
  const useRequestClient = pgClient != null;
  if (pgClient == null) pgClient = await pgPool.connect();

  try {
    const queryResult = await pgClient.query("SELECT token FROM ctfnote_private.invitation_link WHERE discord_id = $1", [discordId]);
    return queryResult.rows[0].token as string;
  } catch (error) {
    return null;
  } finally {
    if (!useRequestClient) pgClient.release();
  }
}
