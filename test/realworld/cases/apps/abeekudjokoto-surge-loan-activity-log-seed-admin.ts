// Source: AbeekuDjokoto/Surge-Loan-Activity-Log — src/db/seed.ts (run), reduced by hand, not copied
// Label: safe
// Why: the transaction sits in an inner try (its early return after a rollback and its rethrow) nested in an outer try whose finally releases and ends the pool
import { pool } from "./pool";
import { hashPassword } from "../auth/password";

async function run(email: string, password: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    try {
      const existing = await client.query<{ id: string }>("SELECT id FROM users WHERE email = lower(trim($1::text))", [email]);
      let userId: string;
      if (existing.rows[0]?.id) {
        userId = existing.rows[0].id;
      } else {
        const password_hash = await hashPassword(password);
        const ins = await client.query<{ id: string }>("INSERT INTO users (email, password_hash) VALUES (lower(trim($1::text)), $2) RETURNING id", [email, password_hash]);
        userId = ins.rows[0]?.id ?? "";
        if (!userId) {
          await client.query("ROLLBACK");
          process.exitCode = 1;
          return;
        }
      }
      await client.query("INSERT INTO user_roles (user_id, role_id) SELECT $1::uuid, r.id FROM roles r WHERE r.code = 'admin'", [userId]);
      await client.query("COMMIT");
    } catch (inner) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw inner;
    }
  } finally {
    client.release();
    await pool.end();
  }
}

run(process.env.SEED_ADMIN_EMAIL ?? "", process.env.SEED_ADMIN_PASSWORD ?? "").catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
