// Source: Sehnya/unison — services/guild/src/service.ts (GuildService.createGuild), reduced by hand, not copied
// Label: safe
// Why: the client comes from the repository kept in a field (`this.repository.getClient()`, ./repository's `return this.pool.connect()`); the guild, role, channel and member inserts run between BEGIN and COMMIT in a `try` that rolls back and rethrows, the `finally` releases
import type { Pool } from "pg";
import { GuildRepository } from "./repository.js";

export class GuildService {
  private repository: GuildRepository;

  constructor(pool: Pool, private snowflake: { generate(): string }) {
    this.repository = new GuildRepository(pool);
  }

  async createGuild(ownerId: string, name: string) {
    const repository = this.repository;
    const client = await this.repository.getClient();
    try {
      await client.query("BEGIN");
      const guildId = this.snowflake.generate();
      const guild = await repository.createGuild(guildId, ownerId, name, client);
      const everyoneRole = await repository.createRole(guildId, guildId, "@everyone", client);
      const defaultChannel = await repository.createChannel(this.snowflake.generate(), guildId, "general", client);
      await repository.addMember(guildId, ownerId, true, client);
      await client.query("COMMIT");
      return { guild, defaultChannel, everyoneRole };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
