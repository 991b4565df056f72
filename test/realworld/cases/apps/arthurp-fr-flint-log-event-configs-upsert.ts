// Source: ArthurP-fr/Flint — apps/bot/src/legacy/database/stores/logEventStore.ts at a7b78c1 (PostgresLogEventStore.upsertManyByBotGuildEvents), reduced by hand, not copied
// Label: safe
// Why: the Discord bot's log-event store upserts a guild's log configuration rows in one transaction after an early return for an empty batch; the catch rolls back (errors swallowed) and rethrows, the finally releases
import type { Pool } from "pg";

type LogEventRepositoryEntry = { eventKey: string; config: { enabled: boolean; channelId: string | null } };

export class PostgresLogEventStore {
  public constructor(private readonly pool: Pool) {}

  public async upsertManyByBotGuildEvents(botId: string, guildId: string, entries: readonly LogEventRepositoryEntry[]): Promise<void> {
    if (entries.length === 0) {
      return;
    }

    const client = await this.pool.connect();

    try {
      await client.query("BEGIN");
      for (const entry of entries) {
        await client.query(
          `INSERT INTO bot_log_event_configs (bot_id, guild_id, event_key, enabled, channel_id, updated_at)
           VALUES ($1, $2, $3, $4, $5, NOW())
           ON CONFLICT (bot_id, guild_id, event_key) DO UPDATE SET enabled = EXCLUDED.enabled, channel_id = EXCLUDED.channel_id, updated_at = NOW()`,
          [botId, guildId, entry.eventKey, entry.config.enabled, entry.config.channelId],
        );
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
