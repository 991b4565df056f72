// Source: habeel/planner-api — src/services/userService.ts at cd59cc6 (UserService.deleteAccount), reduced by hand, not copied
// Label: safe
// Why: `this.fastify.db` is the pool plugins/postgres.ts decorates the instance with; the early `return { success: false }` for an organisation owner leaves inside the try, so the finally releases (the open BEGIN goes back with it, but the client is given back on every path)
import type { FastifyInstance } from "fastify";

export class UserService {
  constructor(private fastify: FastifyInstance) {}

  async deleteAccount(userId: string): Promise<{ success: boolean; error?: string }> {
    const client = await this.fastify.db.connect();

    try {
      await client.query("BEGIN");
      const owned = await client.query("SELECT id, name FROM organizations WHERE owner_id = $1", [userId]);
      if (owned.rows.length > 0) {
        return { success: false, error: "You must transfer ownership first." };
      }
      await client.query("DELETE FROM refresh_tokens WHERE user_id = $1", [userId]);
      await client.query("DELETE FROM users WHERE id = $1", [userId]);
      await client.query("COMMIT");
      return { success: true };
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  }
}
