// Source: habeel/planner-api — src/services/authService.ts at cd59cc6 (AuthService.register), reduced by hand, not copied
// Label: safe
// Why: the password is hashed before the checkout; the checkout from `this.fastify.db` (a pg Pool the postgres plugin decorates) creates user, organization, roles and workspace and lends the client to `generateTokensWithClient` inside the try, whose catch awaits ROLLBACK and whose finally releases
import type { FastifyInstance } from "fastify";
import type { PoolClient } from "pg";
import { hashPassword } from "../utils/password";

export class AuthService {
  constructor(private fastify: FastifyInstance) {}

  async register(input: { email: string; password: string; name?: string; organization_name?: string }) {
    const passwordHash = await hashPassword(input.password);
    const client = await this.fastify.db.connect();

    try {
      await client.query("BEGIN");
      const userResult = await client.query("INSERT INTO users (email, password_hash, name) VALUES ($1, $2, $3) RETURNING *", [input.email, passwordHash, input.name || null]);
      const user = userResult.rows[0]!;
      const orgResult = await client.query("INSERT INTO organizations (name, owner_id) VALUES ($1, $2) RETURNING *", [input.organization_name || "Personal", user.id]);
      const organization = orgResult.rows[0]!;
      await client.query("INSERT INTO user_organization_roles (organization_id, user_id, role) VALUES ($1, $2, 'OWNER')", [organization.id, user.id]);
      const tokens = await this.generateTokensWithClient(client, user);
      await client.query("COMMIT");
      return { user, ...tokens, organization };
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  }

  private async generateTokensWithClient(client: PoolClient, user: { id: string }) {
    const refreshToken = crypto.randomUUID();
    await client.query("INSERT INTO refresh_tokens (user_id, token) VALUES ($1, $2)", [user.id, refreshToken]);
    return { accessToken: this.fastify.jwt.sign({ sub: user.id }), refreshToken };
  }
}
