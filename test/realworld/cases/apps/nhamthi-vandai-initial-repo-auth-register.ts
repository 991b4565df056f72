// Source: nhamthi-vandai/initial-repo — src/modules/auth/services/auth.service.ts at 5b64f07 (AuthService.register), reduced by hand, not copied
// Label: safe
// Why: the starter's auth service checks a client out of `this.app.pg`; the duplicate-email throw, the bcrypt hash and the INSERT all run inside the try whose finally releases it
import { FastifyInstance } from "fastify";
import bcrypt from "bcryptjs";

export class AuthService {
  constructor(private app: FastifyInstance) {}

  async register(dto: { name: string; email: string; password: string; tenantId: string }) {
    const client = await this.app.pg.connect();
    try {
      const existing = await client.query("SELECT id FROM users WHERE email = $1 AND tenant_id = $2", [dto.email, dto.tenantId]);
      if (existing.rows.length > 0) {
        throw new Error("Email already exists");
      }
      const hashed = await bcrypt.hash(dto.password, 10);
      const result = await client.query(
        "INSERT INTO users (name, email, password, tenant_id, role) VALUES ($1, $2, $3, $4, $5) RETURNING id, email, role, tenant_id",
        [dto.name, dto.email, hashed, dto.tenantId, "user"],
      );
      const user = result.rows[0];
      const token = this.app.jwt.sign({ id: user.id, email: user.email, role: user.role, tenantId: user.tenant_id });
      return { token, user };
    } finally {
      client.release();
    }
  }
}
