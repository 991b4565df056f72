// Source: shyamrupadas/sadhana-backend — src/services/auth.service.ts at 6a00918 (AuthService.login), reduced by hand, not copied
// Label: safe
// Why: a Fastify service checks a client out of `this.fastify.pg`, throws Unauthorized for an unknown email or a wrong password and signs the access token inside a try whose finally releases
import type { FastifyInstance } from "fastify";
import bcrypt from "bcrypt";
import { UnauthorizedError } from "../utils/errors";

export class AuthService {
  constructor(private fastify: FastifyInstance) {}

  async login(email: string, password: string) {
    const client = await this.fastify.pg.connect();
    try {
      const result = await client.query("SELECT id, email, password_hash FROM users WHERE email = $1", [email]);
      if (result.rows.length === 0) {
        throw new UnauthorizedError("Invalid email or password");
      }
      const user = result.rows[0];
      if (!(await bcrypt.compare(password, user.password_hash))) {
        throw new UnauthorizedError("Invalid email or password");
      }
      const accessToken = await this.generateAccessToken(user.id, user.email);
      return { accessToken, user: { id: user.id, email: user.email } };
    } finally {
      client.release();
    }
  }

  private async generateAccessToken(userId: string, email: string): Promise<string> {
    return this.fastify.jwt.sign({ userId, email }, { expiresIn: "15m" });
  }
}
