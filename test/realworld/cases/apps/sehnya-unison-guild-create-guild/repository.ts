import type { Pool, PoolClient } from "pg";

export class GuildRepository {
  constructor(private pool: Pool) {}

  async createGuild(id: string, ownerId: string, name: string, client: PoolClient) {
    return (await client.query("INSERT INTO guilds (id, owner_id, name) VALUES ($1, $2, $3) RETURNING *", [id, ownerId, name])).rows[0];
  }

  async createRole(id: string, guildId: string, name: string, client: PoolClient) {
    return (await client.query("INSERT INTO roles (id, guild_id, name) VALUES ($1, $2, $3) RETURNING *", [id, guildId, name])).rows[0];
  }

  async createChannel(id: string, guildId: string, name: string, client: PoolClient) {
    return (await client.query("INSERT INTO channels (id, guild_id, name) VALUES ($1, $2, $3) RETURNING *", [id, guildId, name])).rows[0];
  }

  async addMember(guildId: string, userId: string, isOwner: boolean, client: PoolClient) {
    await client.query("INSERT INTO members (guild_id, user_id, is_owner) VALUES ($1, $2, $3)", [guildId, userId, isOwner]);
  }

  async getClient(): Promise<PoolClient> {
    return this.pool.connect();
  }
}
