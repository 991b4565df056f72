// Source: dsupina/dprogres-cms — backend/src/__tests__/routes/auth.signup.test.ts (beforeEach), reduced by hand, not copied
// Label: safe
// Why: the test hook assigns the checkout to a `let` of the describe block, then cleans up inside a try whose finally releases it
import { pool } from "../../utils/database";

describe("signup with free tier organization", () => {
  let client: any;

  beforeEach(async () => {
    client = await pool.connect();
    try {
      await client.query("BEGIN");
      const users = await client.query("SELECT id, current_organization_id FROM users WHERE email LIKE '%test-signup%'");
      if (users.rows.length > 0) {
        await client.query("DELETE FROM users WHERE id = ANY($1)", [users.rows.map((u: any) => u.id)]);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  });

  it("creates an organization", async () => {
    expect(true).toBe(true);
  });
});
