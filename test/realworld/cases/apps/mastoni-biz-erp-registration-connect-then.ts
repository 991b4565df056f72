// Source: mastoni/biz-erp — apps/api/src/services/registration_service.ts at c79f9e9 (createRegistrationService().register), reduced by hand, not copied
// Label: safe
// Why: the checkout is taken in `pool.connect().then(async (client) => …)`; the async callback wraps the whole transaction in try/catch/finally, rolling back and rethrowing in the catch and releasing in the finally, and the chain is returned to the caller
import { Pool, PoolClient } from "pg";
import { randomUUID } from "crypto";
import { hashPassword } from "./password_service";
import { ValidationError } from "../errors/validation_error";

export function createRegistrationService(pool: Pool) {
  return {
    async register(request: { email: string; password: string; business_name: string }) {
      const email = request.email.trim().toLowerCase();
      const password = request.password;
      const businessName = request.business_name.trim();

      if (!email || !password || !businessName) {
        throw new ValidationError("Email, password, and business_name are required");
      }
      if (password.length < 8) {
        throw new ValidationError("Password must be at least 8 characters");
      }

      return pool.connect().then(async (client: PoolClient) => {
        try {
          await client.query("BEGIN");
          const existingUser = await client.query("SELECT id FROM users WHERE email = $1", [email]);
          if (existingUser.rows.length > 0) {
            await client.query("ROLLBACK");
            throw new ValidationError("Email is already registered");
          }
          const userId = randomUUID();
          const businessId = randomUUID();
          const passwordHash = await hashPassword(password);
          await client.query("INSERT INTO users (id, email, password_hash) VALUES ($1, $2, $3)", [userId, email, passwordHash]);
          await client.query("INSERT INTO businesses (id, name) VALUES ($1, $2)", [businessId, businessName]);
          await client.query("INSERT INTO user_businesses (user_id, business_id, role) VALUES ($1, $2, 'OWNER')", [userId, businessId]);
          await client.query("COMMIT");
          return { user_id: userId, business_id: businessId };
        } catch (err) {
          await client.query("ROLLBACK");
          throw err;
        } finally {
          client.release();
        }
      });
    },
  };
}
