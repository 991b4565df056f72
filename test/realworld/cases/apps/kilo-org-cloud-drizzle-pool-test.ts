// Source: Kilo-Org/cloud — src/lib/drizzle.test.ts ('should have application_name set'; the repository of PR #5107 "measure whether pool slots are leaked"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release comes after the query and the expectation with no finally: a failed query or a failed `expect` leaves the client checked out of the shared pool
import { pool } from "@/lib/drizzle";

describe("drizzle", () => {
  describe("pool", () => {
    it("should have application_name set", async () => {
      const client = await pool.connect();
      const res = await client.query("SELECT current_setting('application_name')");
      expect(res.rows[0].current_setting).toBe("kilocode-backend");
      client.release();
    });
  });
});
